import { useState } from 'preact/hooks';
import { apiError, fieldErrorsOf, requestFailure } from './api';
import type { WebhookEndpointFieldsFragment } from './generated/graphql';
import { CreateWebhookEndpointMutation } from './operations';
import { useSecretAction } from './secretAction';
import { WEBHOOK_EVENT_TYPES } from './webhookEvents';

interface Props {
  onCreated: (endpoint: WebhookEndpointFieldsFragment, secret: string) => void;
  onCancel: () => void;
}

type FieldName = 'label' | 'url' | 'events';

/** The input a ValidationError path names (`label`, `input.url`, `events.2` …), if one of ours. */
function fieldOf(path: string): FieldName | undefined {
  return path.split('.').find((p): p is FieldName => p === 'label' || p === 'url' || p === 'events');
}

/** A new endpoint: label, URL and the event types it receives; the answer carries its secret once. */
export function WebhookEndpointForm({ onCreated, onCancel }: Props) {
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState<string>();
  const [creating, create] = useSecretAction(CreateWebhookEndpointMutation);

  const toggle = (type: string, on: boolean) => setEvents((current) => (on ? WEBHOOK_EVENT_TYPES.filter((t) => t === type || current.includes(t)) : current.filter((t) => t !== type)));

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure(undefined);
    setFieldErrors({});
    const res = await create({ input: { label: label.trim(), url: url.trim(), events } });
    if (!res) return;
    if (res.error || !res.data) return setFailure(requestFailure(res.error!));
    const out = res.data.createWebhookEndpoint;
    const err = apiError(out);
    if (err) {
      const byField: Partial<Record<FieldName, string>> = {};
      const rest: string[] = [];
      for (const f of fieldErrorsOf(err)) {
        const name = fieldOf(f.path);
        if (name && !byField[name]) byField[name] = f.message;
        else if (!name) rest.push(`${f.path} ${f.message}`);
      }
      setFieldErrors(byField);
      return setFailure([err.message, ...rest].join(' '));
    }
    if (out.__typename === 'CreateWebhookEndpointPayload') onCreated(out.created.endpoint, out.created.secret);
  };

  const described = (name: FieldName, hint?: string) => [hint, fieldErrors[name] && `endpoint-${name}-error`].filter(Boolean).join(' ') || undefined;

  return (
    <section class="panel" aria-labelledby="add-endpoint-heading">
      <h2 id="add-endpoint-heading">Add webhook endpoint</h2>
      <form onSubmit={submit} noValidate aria-describedby="endpoint-error">
        <div class="field">
          <label for="endpoint-label">Label</label>
          <input
            id="endpoint-label"
            type="text"
            maxLength={120}
            value={label}
            aria-invalid={fieldErrors.label ? 'true' : undefined}
            aria-describedby={described('label')}
            onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)}
          />
          <FieldError name="label" label="Label" error={fieldErrors.label} />
        </div>
        <div class="field">
          <label for="endpoint-url">URL</label>
          <input
            id="endpoint-url"
            type="url"
            inputMode="url"
            spellcheck={false}
            autocomplete="off"
            placeholder="https://example.com/webhooks/trunkline"
            value={url}
            aria-invalid={fieldErrors.url ? 'true' : undefined}
            aria-describedby={described('url', 'endpoint-url-hint')}
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          />
          <p id="endpoint-url-hint" class="hint">
            HTTPS, or http://localhost or http://127.0.0.1 while you develop. Private and internal addresses are refused.
          </p>
          <FieldError name="url" label="URL" error={fieldErrors.url} />
        </div>
        <fieldset class="field" aria-invalid={fieldErrors.events ? 'true' : undefined} aria-describedby={described('events')}>
          <legend>Events</legend>
          <div class="event-choices">
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <label key={type} class="choice">
                <input type="checkbox" checked={events.includes(type)} onChange={(e) => toggle(type, (e.currentTarget as HTMLInputElement).checked)} />
                <code>{type}</code>
              </label>
            ))}
          </div>
          <FieldError name="events" label="Events" error={fieldErrors.events} />
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" disabled={creating}>
            {creating ? 'Creating…' : 'Create endpoint'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
        <p id="endpoint-error" role="alert" class="error">
          {failure}
        </p>
      </form>
    </section>
  );
}

function FieldError({ name, label, error }: { name: FieldName; label: string; error?: string }) {
  return error ? (
    <p id={`endpoint-${name}-error`} class="error">
      {label} {error}
    </p>
  ) : null;
}
