import { z } from 'zod';
import { isWebhookEventType, WEBHOOK_EVENT_TYPES } from './webhook-event-types';

/**
 * The rules for a webhook endpoint's fields, stated once (input-rules.ts style): the REST body
 * schemas and the GraphQL inputs validate with them, and the domain applies them again through
 * `checked`, being the entry point. Whether a URL may be called depends on the operator's
 * settings, so that check is the domain's alone (webhookUrlProblem).
 */

const LABEL_LENGTH = 'must be 1 to 120 characters';

/** An endpoint's label: at most 120 characters as sent, at least one once trimmed (stored trimmed). */
export const WebhookLabel = z.string().max(120, { error: LABEL_LENGTH, abort: true }).trim().min(1, LABEL_LENGTH);

export const MAX_WEBHOOK_URL = 2048;

/** The URL's form only; webhookUrlProblem says whether it may be called. */
export const WebhookUrl = z.string().min(1, 'is required').max(MAX_WEBHOOK_URL, `must be at most ${MAX_WEBHOOK_URL} characters`);

/** An unknown name is named in the message only when it looks like an event type, so odd input is never echoed. */
const nameable = (name: string) => /^[a-z0-9_.]{1,64}$/.test(name);

/**
 * The event types an endpoint receives: at least one, each a known type (repeats are allowed
 * and dropped). Unknown ones are a problem of the field `events`, naming them.
 */
export const WebhookEvents = z
  .array(z.string().max(64, { error: 'must list event types', abort: true }), { error: 'must list event types' })
  .min(1, 'must list at least one event type')
  .max(WEBHOOK_EVENT_TYPES.length * 4, 'lists too many event types')
  .superRefine((names, ctx) => {
    const unknown = [...new Set(names.filter((n) => !isWebhookEventType(n)))];
    if (unknown.length === 0) return;
    const named = unknown.filter(nameable);
    const which = named.length === unknown.length ? named.join(', ') : [...named, 'an entry that is not an event type name'].join(', ');
    ctx.addIssue({ code: 'custom', message: `has unknown event types (${which}); known types: ${WEBHOOK_EVENT_TYPES.join(', ')}` });
  })
  .transform((names) => [...new Set(names)]);

/** What an owner may set the status to: `failing` is the gateway's to say. */
export const SETTABLE_WEBHOOK_STATUSES = ['active', 'disabled'] as const;
