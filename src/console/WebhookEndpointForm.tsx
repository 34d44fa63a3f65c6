import { useState } from 'preact/hooks';
import { apiError, requestFailure } from './api';
import { FieldError, useFieldErrors } from './formErrors';
import type { WebhookEndpointFieldsFragment } from './generated/graphql';
import { CreateWebhookEndpointMutation } from './operations';
import { useSecretAction } from './secretAction';
import { WEBHOOK_EVENT_TYPES } from './webhookEvents';

interface Props {
  onCreated: (endpoint: WebhookEndpointFieldsFragment, secret: string) => void;
  onCancel: () => void;
}

const FIELDS = ['label', 'url', 'events'] as const;

/** A new endpoint: label, URL and the event types it receives; the answer carries its secret once. */
export function WebhookEndpointForm({ onCreated, onCancel }: Props) {
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const fields = useFieldErrors('endpoint', FIELDS);
  const [failure, setFailure] = useState<string>();
  const [creating, create] = useSecretAction(CreateWebhookEndpointMutation);

  const toggle = (type: string, on: boolean) => setEvents((current) => (on ? WEBHOOK_EVENT_TYPES.filter((t) => t === type || current.includes(t)) : current.filter((t) => t !== type)));

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure(undefined);
    fields.clear();
    const res = await create({ input: { label: label.trim(), url: url.trim(), events } });
    if (!res) return;
    if (res.error || !res.data) return setFailure(requestFailure(res.error!));
    const out = res.data.createWebhookEndpoint;
    const err = apiError(out);
    if (err) return setFailure(fields.show(err));
    if (out.__typename === 'CreateWebhookEndpointPayload') onCreated(out.created.endpoint, out.created.secret);
  };

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
            {...fields.aria('label')}
            onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)}
          />
          <FieldError label="Label" {...fields.errorOf('label')} />
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
            {...fields.aria('url', 'endpoint-url-hint')}
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          />
          <p id="endpoint-url-hint" class="hint">
            HTTPS, or http://localhost or http://127.0.0.1 while you develop. Private and internal addresses are refused.
          </p>
          <FieldError label="URL" {...fields.errorOf('url')} />
        </div>
        <fieldset class="field" {...fields.aria('events')}>
          <legend>Events</legend>
          <div class="event-choices">
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <label key={type} class="choice">
                <input type="checkbox" checked={events.includes(type)} onChange={(e) => toggle(type, (e.currentTarget as HTMLInputElement).checked)} />
                <code>{type}</code>
              </label>
            ))}
          </div>
          <FieldError label="Events" {...fields.errorOf('events')} />
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
