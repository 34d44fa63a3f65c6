import { useRef, useState } from 'preact/hooks';
import { apiError, fieldErrorsOf, requestFailure, useAction, type ApiError } from './api';
import { inputIdForPath, SIP_TRANSPORTS, testInput, type Field, type ProviderInfo } from './credentials';
import { setupMethodText } from './format';
import type { SetupMethod, TestCredentialsInput, TestReportFieldsFragment } from './generated/graphql';
import { TestCredentialsMutation } from './operations';
import { TestReport } from './TestReport';

/** A passing test and the exact input it tested: what createConnection or rotateCredentials needs. */
export interface PassedTest {
  test: TestReportFieldsFragment & { verificationEvidenceId: string };
  input: TestCredentialsInput;
}

interface Props {
  providers: ProviderInfo[];
  /** Rotation keeps the connection's provider; adding lets the person choose it. */
  fixedProvider?: ProviderInfo;
  /** Rotation keeps the connection's setup method too. */
  fixedMethod?: SetupMethod;
  /** Called with each passing test, and with null when the input changes or a test fails. */
  onTested: (passed: PassedTest | null) => void;
}

/**
 * The provider's fields (as the `providers` query describes them) and "Test credentials".
 * Secrets are password inputs read once at submit, then cleared: their values live in memory
 * for the create or rotate call, and are never written back into the page.
 */
export function CredentialsForm({ providers, fixedProvider, fixedMethod, onTested }: Props) {
  const [providerId, setProviderId] = useState<string>(fixedProvider?.id ?? '');
  const provider = fixedProvider ?? providers.find((p) => p.id === providerId);
  const [method, setMethod] = useState<SetupMethod | undefined>();
  const [values, setValues] = useState<Record<string, string>>({});
  const secrets = useRef<Record<string, string>>({});
  const [heldSecrets, setHeldSecrets] = useState<string[]>([]);
  const [report, setReport] = useState<TestReportFieldsFragment | null>(null);
  const [stale, setStale] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [testing, test] = useAction(TestCredentialsMutation);

  const reset = () => {
    setValues({});
    secrets.current = {};
    setHeldSecrets([]);
    setReport(null);
    setFailure(undefined);
    setFieldErrors({});
    setMethod(undefined);
    onTested(null);
  };

  const changed = () => {
    if (report) setStale(true);
    onTested(null);
  };

  const setValue = (key: string, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    changed();
  };

  const forgetSecret = (name: string) => {
    delete secrets.current[name];
    setHeldSecrets(Object.keys(secrets.current));
    changed();
  };

  const showError = (err: ApiError) => {
    const byInput: Record<string, string> = {};
    const rest: string[] = [];
    for (const f of fieldErrorsOf(err)) {
      const id = provider && inputIdForPath(provider, f.path);
      if (id) byInput[id] = f.message;
      else rest.push(`${f.path} ${f.message}`);
    }
    setFieldErrors(byInput);
    setFailure([err.message, ...rest].join(' '));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!provider || testing) return;
    const form = event.currentTarget as HTMLFormElement;
    for (const f of provider.credentialFields.filter((f) => f.secret)) {
      const input = form.elements.namedItem(`secret-${f.name}`) as HTMLInputElement | null;
      if (input?.value) secrets.current[f.graphqlName] = input.value;
      if (input) input.value = '';
    }
    setHeldSecrets(Object.keys(secrets.current));
    const input = testInput(provider, fixedMethod ?? method ?? provider.setupMethods[0]!, { values, secrets: { ...secrets.current } });
    setFailure(undefined);
    setFieldErrors({});
    const res = await test({ input });
    if (!res) return;
    if (res.error || !res.data) return setFailure(requestFailure(res.error!));
    const out = res.data.testCredentials;
    const err = apiError(out);
    if (err) {
      setReport(null);
      onTested(null);
      return showError(err);
    }
    if (out.__typename !== 'TestCredentialsPayload') return;
    setReport(out.test);
    setStale(false);
    const evidence = out.test.verificationEvidenceId;
    onTested(out.test.status === 'PASS' && evidence ? { test: { ...out.test, verificationEvidenceId: evidence }, input } : null);
  };

  return (
    <div class="credentials">
      <form onSubmit={submit} noValidate aria-describedby="credentials-error">
        {!fixedProvider && (
          <div class="field">
            <label for="provider">Provider</label>
            <select
              id="provider"
              value={providerId}
              onChange={(e) => {
                setProviderId((e.currentTarget as HTMLSelectElement).value);
                reset();
              }}
            >
              <option value="">Choose your provider…</option>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </div>
        )}
        {provider && !fixedMethod && provider.setupMethods.length > 1 && (
          <fieldset class="field">
            <legend>Setup</legend>
            {provider.setupMethods.map((m) => (
              <label key={m} class="choice">
                <input
                  type="radio"
                  name="setup-method"
                  value={m}
                  checked={(method ?? provider.setupMethods[0]) === m}
                  onChange={() => {
                    setMethod(m);
                    changed();
                  }}
                />
                {setupMethodText[m]}
              </label>
            ))}
          </fieldset>
        )}
        {provider?.credentialFields.map((f) =>
          f.secret ? (
            <SecretInput key={`${provider.id}-${f.name}`} field={f} held={heldSecrets.includes(f.graphqlName)} error={fieldErrors[`field-${f.name}`]} onInput={changed} onForget={() => forgetSecret(f.graphqlName)} />
          ) : (
            <TextInput key={`${provider.id}-${f.name}`} id={`field-${f.name}`} field={f} value={values[f.graphqlName] ?? ''} error={fieldErrors[`field-${f.name}`]} onInput={(v) => setValue(f.graphqlName, v)} />
          ),
        )}
        {provider?.sipConfigFields.map((f) =>
          f.graphqlName === 'transport' ? (
            <div class="field" key={`${provider.id}-sip-${f.name}`}>
              <label for={`field-sip-${f.name}`}>{f.label}</label>
              <select id={`field-sip-${f.name}`} value={values[`sip.${f.graphqlName}`] ?? ''} onChange={(e) => setValue(`sip.${f.graphqlName}`, (e.currentTarget as HTMLSelectElement).value)} aria-describedby={`hint-sip-${f.name}`}>
                <option value="">Default (UDP)</option>
                {SIP_TRANSPORTS.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
              <p id={`hint-sip-${f.name}`} class="hint">
                {f.description}
              </p>
            </div>
          ) : (
            <TextInput
              key={`${provider.id}-sip-${f.name}`}
              id={`field-sip-${f.name}`}
              field={f}
              numeric={f.graphqlName === 'port'}
              value={values[`sip.${f.graphqlName}`] ?? ''}
              error={fieldErrors[`field-sip-${f.name}`]}
              onInput={(v) => setValue(`sip.${f.graphqlName}`, v)}
            />
          ),
        )}
        <button type="submit" disabled={!provider || testing}>
          {testing ? 'Testing…' : 'Test credentials'}
        </button>
        <p id="credentials-error" role="alert" class="error">
          {failure}
        </p>
      </form>
      {report && <TestReport report={report} stale={stale} />}
    </div>
  );
}

interface TextInputProps {
  id: string;
  field: Field;
  value: string;
  numeric?: boolean;
  error?: string;
  onInput: (value: string) => void;
}

function TextInput({ id, field, value, numeric, error, onInput }: TextInputProps) {
  return (
    <div class="field">
      <label for={id}>{field.label}</label>
      <input
        id={id}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        autocomplete="off"
        spellcheck={false}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
      <FieldHelp id={id} field={field} error={error} />
    </div>
  );
}

interface SecretInputProps {
  field: Field;
  held: boolean;
  error?: string;
  onInput: () => void;
  onForget: () => void;
}

/** Uncontrolled on purpose: the page never sets a secret's value, it only reads what was typed. */
function SecretInput({ field, held, error, onInput, onForget }: SecretInputProps) {
  const id = `field-${field.name}`;
  return (
    <div class="field">
      <label for={id}>{field.label}</label>
      <div class="secret">
        <input
          id={id}
          name={`secret-${field.name}`}
          type="password"
          autocomplete="new-password"
          spellcheck={false}
          placeholder={held ? 'Entered and kept hidden: type to replace' : ''}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onInput={onInput}
        />
        {held && (
          <button type="button" class="link" onClick={onForget} aria-label={`Clear ${field.label}`}>
            Clear
          </button>
        )}
      </div>
      <FieldHelp id={id} field={field} error={error} note="Write-only: never shown again once saved." />
    </div>
  );
}

/** A field's hint (its description; optional or not) and its error, which the input's aria-describedby names. */
function FieldHelp({ id, field, error, note }: { id: string; field: Field; error?: string; note?: string }) {
  return (
    <>
      <p id={`${id}-hint`} class="hint">
        {field.required ? '' : 'Optional. '}
        {field.description}
        {note && ` ${note}`}
      </p>
      {error && (
        <p id={`${id}-error`} class="error">
          {field.label} {error}
        </p>
      )}
    </>
  );
}
