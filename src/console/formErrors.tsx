import { useState } from 'preact/hooks';
import { fieldErrorsOf, type ApiError } from './api';

/**
 * The per-input messages of a form's ValidationError, shared by the create forms: each message
 * stands under the input its path names (`label`, `input.url`, `events.2` …), tied to it by
 * aria-describedby; the messages for no input of ours join the form's failure sentence.
 *
 * `idPrefix` makes the error ids (`${idPrefix}-${name}-error`) the forms and their tests use.
 */
export function useFieldErrors<F extends string>(idPrefix: string, fields: readonly F[]) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const errorId = (name: F) => `${idPrefix}-${name}-error`;

  /** The input a ValidationError path names, if one of ours. */
  const fieldOf = (path: string): F | undefined => path.split('.').find((p): p is F => (fields as readonly string[]).includes(p));

  /** Places a typed error's messages by their inputs; returns the sentence for the form as a whole. */
  const show = (err: ApiError): string => {
    const byField: Partial<Record<F, string>> = {};
    const rest: string[] = [];
    for (const f of fieldErrorsOf(err)) {
      const field = fieldOf(f.path);
      if (field && !byField[field]) byField[field] = f.message;
      else if (!field) rest.push(`${f.path} ${f.message}`);
    }
    setErrors(byField);
    return [err.message, ...rest].join(' ');
  };

  /** The ARIA attributes of an input (or fieldset): invalid while it has a message, described by its hint and message. */
  const aria = (name: F, hint?: string) => ({
    'aria-invalid': errors[name] ? ('true' as const) : undefined,
    'aria-describedby': [hint, errors[name] && errorId(name)].filter(Boolean).join(' ') || undefined,
  });

  /** The props of an input's FieldError. */
  const errorOf = (name: F) => ({ id: errorId(name), error: errors[name] });

  return { errors, show, clear: () => setErrors({}), aria, errorOf };
}

/** An input's message, led by its label's words (`Label must not be empty`). */
export function FieldError({ id, label, error }: { id: string; label: string; error?: string }) {
  return error ? (
    <p id={id} class="error">
      {label} {error}
    </p>
  ) : null;
}
