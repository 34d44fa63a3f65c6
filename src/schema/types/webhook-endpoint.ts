import type { WebhookEndpoint, WebhookEndpointStatus } from '../../db/repositories/webhook-endpoints';
import type { WebhookAttempt, WebhookDelivery, WebhookDeliveryState } from '../../db/repositories/webhook-log';
import { NotFoundError } from '../../domain/errors';
import { WEBHOOK_EVENT_TYPES } from '../../domain/webhook-event-types';
import {
  countWebhookDeliveries,
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  findWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  MAX_WEBHOOK_ENDPOINTS,
  retryWebhookDelivery,
  rotateWebhookEndpointSecret,
  updateWebhookEndpoint,
  type EndpointWithSecret,
} from '../../domain/webhook-endpoints';
import { WebhookEvents, WebhookLabel, WebhookUrl } from '../../domain/webhook-input';
import { builder } from '../builder';
import { connectionComplexity, pageArgs, parseId, toConnection, totalOf, TOTAL_COUNT_DESCRIPTION, withTotal } from '../pagination';
import { principalOf } from '../principal';
import { declared, resultErrors } from './errors';
import { inputRules } from './input-validation';
import { AFTER_ARG, FIRST_ARG, pageSize } from './list-args';

const EVENT_TYPES_TEXT = WEBHOOK_EVENT_TYPES.map((t) => `\`${t}\``).join(', ');

const WebhookEndpointStatusEnum = builder.enumType('WebhookEndpointStatus', {
  description: 'Whether an endpoint receives its events.',
  values: {
    ACTIVE: { value: 'active', description: 'Receiving its events.' },
    FAILING: { value: 'failing', description: 'Every attempt for at least 24 hours failed; deliveries are still retried, and the next 2xx makes it ACTIVE again.' },
    DISABLED: { value: 'disabled', description: 'Turned off by its owner: no new deliveries; pending ones wait until it is ACTIVE again.' },
  } satisfies Record<string, { value: WebhookEndpointStatus; description: string }>,
});

const WebhookDeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  description: 'Where one delivery stands.',
  values: {
    PENDING: { value: 'pending', description: 'Not delivered yet: its next attempt is at nextAttemptAt.' },
    DELIVERED: { value: 'delivered', description: 'The receiver answered 2xx.' },
    FAILED: { value: 'failed', description: 'Every retry failed (for at least 24 hours); retryWebhookDelivery sends it again.' },
  } satisfies Record<string, { value: WebhookDeliveryState; description: string }>,
});

const WebhookAttemptType = builder.objectRef<WebhookAttempt>('WebhookAttempt').implement({
  description: 'One try at delivering an event.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime', description: 'When it was made.' }),
    statusCode: t.exposeInt('statusCode', { nullable: true, description: "The receiver's HTTP status; null when no answer came (timeout, refused address, connection error)." }),
    latencyMs: t.exposeInt('latencyMs', { description: 'Milliseconds from sending to the answer (or to giving up).' }),
    responseExcerpt: t.exposeString('responseExcerpt', { nullable: true, description: 'The first bytes of the answer (at most 1 KiB, as UTF-8).' }),
    error: t.exposeString('error', { nullable: true, description: 'Why no answer came, or why the address was refused.' }),
  }),
});

export const WebhookDeliveryType = builder.objectRef<WebhookDelivery>('WebhookDelivery').implement({
  description: 'One event owed to one endpoint, with every attempt made at it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The delivery id (to retry it).' }),
    eventId: t.exposeString('eventId', { description: 'The event id, `msg_…`: the `webhook-id` header and the body `id`, the same on every retry.' }),
    eventType: t.exposeString('eventType', { description: `The event type: one of ${EVENT_TYPES_TEXT}.` }),
    status: t.field({ type: WebhookDeliveryStatusEnum, description: 'PENDING, DELIVERED or FAILED.', resolve: (d) => d.state }),
    attempts: t.exposeInt('attemptCount', { description: 'How many attempts were made.' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true, description: 'When the next attempt is due (PENDING only).' }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true, description: "The receiver's HTTP status at the last attempt, if it answered." }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the event was made (the write that caused it committed).' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'When it was delivered, or failed for good.' }),
    attemptLog: t.field({
      type: [WebhookAttemptType],
      description: 'Every attempt, oldest first.',
      // Most deliveries take one attempt and the retry schedule eight at most: priced at five, so
      // the REST log's pages of 100 fit the cost limit (the default list price, ten, does not).
      complexity: { field: 1, multiplier: 5 },
      resolve: (d) => d.attemptLog,
    }),
  }),
});

const WebhookDeliveryList = builder.connectionObject(
  {
    type: WebhookDeliveryType,
    name: 'WebhookDeliveryList',
    description: 'A page of deliveries, newest first.',
    fields: (t) => ({ totalCount: t.int({ description: TOTAL_COUNT_DESCRIPTION, resolve: totalOf }) }),
  },
  { name: 'WebhookDeliveryListEdge', description: 'A delivery and its cursor.' },
);

export const WebhookEndpointRef = builder.objectRef<WebhookEndpoint>('WebhookEndpoint').implement({
  description: 'Where the organization receives its lifecycle events, signed per Standard Webhooks. Its signing secret is shown only at creation and rotation.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The endpoint id (the same integer as in REST).' }),
    label: t.exposeString('label', { description: 'A name to recognise it by.' }),
    url: t.exposeString('url', { description: 'Where events are POSTed.' }),
    events: t.exposeStringList('events', { description: `The event types it receives: of ${EVENT_TYPES_TEXT}.` }),
    status: t.expose('status', { type: WebhookEndpointStatusEnum, description: 'ACTIVE, FAILING or DISABLED.' }),
    secretHint: t.exposeString('secretHint', { description: 'The end of the signing secret (whsec_…abcd), to recognise it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    deliveries: t.field({
      type: WebhookDeliveryList,
      description: 'Its delivery log, newest first: each event sent to it, with its attempts.',
      complexity: connectionComplexity,
      args: { first: t.arg.int(FIRST_ARG), after: t.arg.string(AFTER_ARG) },
      resolve: async (endpoint, args, ctx) => {
        const page = toConnection(await listWebhookDeliveries(ctx.deps, principalOf(ctx), endpoint.id, pageArgs({ first: pageSize(args.first), after: args.after })));
        return withTotal(page, () => countWebhookDeliveries(ctx.deps, principalOf(ctx), endpoint.id));
      },
    }),
  }),
});

const WebhookEndpointList = builder.connectionObject(
  { type: WebhookEndpointRef, name: 'WebhookEndpointList', description: 'A page of webhook endpoints, newest first.' },
  { name: 'WebhookEndpointListEdge', description: 'A webhook endpoint and its cursor.' },
);

builder.queryFields((t) => ({
  webhookEndpoints: t.field({
    type: WebhookEndpointList,
    description: `The organization's webhook endpoints, newest first (at most ${MAX_WEBHOOK_ENDPOINTS}).`,
    complexity: connectionComplexity,
    args: { first: t.arg.int(FIRST_ARG), after: t.arg.string(AFTER_ARG) },
    resolve: async (_r, args, ctx) => toConnection(await listWebhookEndpoints(ctx.deps, principalOf(ctx), pageArgs({ first: pageSize(args.first), after: args.after }))),
  }),
  webhookEndpoint: t.field({
    type: WebhookEndpointRef,
    nullable: true,
    description: 'One webhook endpoint, or null if this organization has none with that id.',
    args: { id: t.arg.id({ required: true, description: 'The endpoint id.' }) },
    resolve: (_r, args, ctx) => {
      const n = parseId(args.id);
      return n === null ? null : findWebhookEndpoint(ctx.deps, principalOf(ctx), n);
    },
  }),
}));

/** An endpoint with its signing secret: `name` says which answer it is (creation or rotation). */
const withSecret = (name: string, description: string) =>
  builder.objectRef<EndpointWithSecret>(name).implement({
    description,
    fields: (t) => ({
      endpoint: t.field({ type: WebhookEndpointRef, description: 'The endpoint as listed from now on.', resolve: (r) => r.endpoint }),
      secret: t.exposeString('secret', { description: 'The signing secret, `whsec_…` (Standard Webhooks). Store it now: it is shown only here.' }),
    }),
  });

const CreatedWebhookEndpoint = withSecret('CreatedWebhookEndpoint', 'A new endpoint and its signing secret, which is never shown again.');
const RotatedWebhookEndpointSecret = withSecret('RotatedWebhookEndpointSecret', 'The endpoint and its new signing secret, which is never shown again. The previous secret keeps signing for 24 hours.');

const URL_DESCRIPTION = 'Where to POST events: https://…, or http://localhost / 127.0.0.1 for development. Hosts that resolve to private, loopback, link-local or metadata addresses are refused.';

const CreateWebhookEndpointInput = builder.inputType('CreateWebhookEndpointInput', {
  description: 'A new webhook endpoint.',
  validate: inputRules({ label: WebhookLabel, url: WebhookUrl, events: WebhookEvents }),
  fields: (t) => ({
    label: t.string({ required: true, description: 'A name to recognise it by, 1 to 120 characters.' }),
    url: t.string({ required: true, description: URL_DESCRIPTION }),
    events: t.stringList({ required: true, description: `The event types to receive, at least one: of ${EVENT_TYPES_TEXT}.` }),
  }),
});

builder.mutationField('createWebhookEndpoint', (t) =>
  t.field({
    type: CreatedWebhookEndpoint,
    description: `Creates a webhook endpoint, ACTIVE. Its signing secret is in this answer only. An organization holds at most ${MAX_WEBHOOK_ENDPOINTS}: one more is a ConflictError \`webhook_endpoint_limit_reached\`.`,
    errors: resultErrors('createWebhookEndpoint', 'created', 'The endpoint and its signing secret.'),
    args: { input: t.arg({ type: CreateWebhookEndpointInput, required: true, description: 'The new endpoint.' }) },
    resolve: declared('createWebhookEndpoint', (_r, { input }, ctx) => createWebhookEndpoint(ctx.deps, principalOf(ctx), input)),
  }),
);

const endpointId = (id: string) => {
  const n = parseId(id);
  if (n === null) throw new NotFoundError('Webhook endpoint');
  return n;
};

const UpdateWebhookEndpointInput = builder.inputType('UpdateWebhookEndpointInput', {
  description: 'What to change on a webhook endpoint; fields left out stay as they are.',
  validate: inputRules({ label: WebhookLabel.nullish(), url: WebhookUrl.nullish(), events: WebhookEvents.nullish() }),
  fields: (t) => ({
    id: t.id({ required: true, description: 'The endpoint id.' }),
    label: t.string({ description: 'A new label, 1 to 120 characters.' }),
    url: t.string({ description: URL_DESCRIPTION }),
    events: t.stringList({ description: 'The event types to receive from now on (replaces the list).' }),
    status: t.field({ type: WebhookEndpointStatusEnum, description: 'ACTIVE or DISABLED (FAILING is not set by hand). ACTIVE also forgets past failures.' }),
  }),
});

builder.mutationField('updateWebhookEndpoint', (t) =>
  t.field({
    type: WebhookEndpointRef,
    description: 'Changes the label, URL, event types and/or status of an endpoint, all or nothing.',
    errors: resultErrors('updateWebhookEndpoint', 'endpoint', 'The endpoint after the change.'),
    args: { input: t.arg({ type: UpdateWebhookEndpointInput, required: true, description: 'What to change.' }) },
    resolve: declared('updateWebhookEndpoint', (_r, { input }, ctx) =>
      updateWebhookEndpoint(ctx.deps, principalOf(ctx), endpointId(input.id), { label: input.label, url: input.url, events: input.events, status: input.status }),
    ),
  }),
);

const WebhookEndpointIdInput = builder.inputType('WebhookEndpointIdInput', {
  description: 'A webhook endpoint, by id.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The endpoint id.' }) }),
});

const DeletedWebhookEndpoint = builder.simpleObject('DeletedWebhookEndpoint', {
  description: 'The id of the webhook endpoint that was deleted.',
  fields: (t) => ({ id: t.id({ description: 'The id the endpoint had.' }) }),
});

builder.mutationField('deleteWebhookEndpoint', (t) =>
  t.field({
    type: DeletedWebhookEndpoint,
    description: 'Deletes a webhook endpoint; its pending deliveries and its delivery log go with it.',
    errors: resultErrors('deleteWebhookEndpoint', 'deleted', 'Which endpoint was deleted.'),
    args: { input: t.arg({ type: WebhookEndpointIdInput, required: true, description: 'The endpoint to delete.' }) },
    resolve: declared('deleteWebhookEndpoint', async (_r, { input }, ctx) => {
      const id = endpointId(input.id);
      await deleteWebhookEndpoint(ctx.deps, principalOf(ctx), id);
      return { id: String(id) };
    }),
  }),
);

builder.mutationField('rotateWebhookEndpointSecret', (t) =>
  t.field({
    type: RotatedWebhookEndpointSecret,
    description: 'Replaces the signing secret; the new one is in this answer only. For 24 hours the previous secret also signs each delivery (a second signature), so receivers can roll without losing events.',
    errors: resultErrors('rotateWebhookEndpointSecret', 'rotated', 'The endpoint and its new signing secret.'),
    args: { input: t.arg({ type: WebhookEndpointIdInput, required: true, description: 'The endpoint whose secret to replace.' }) },
    resolve: declared('rotateWebhookEndpointSecret', (_r, { input }, ctx) => rotateWebhookEndpointSecret(ctx.deps, principalOf(ctx), endpointId(input.id))),
  }),
);

const RetryWebhookDeliveryInput = builder.inputType('RetryWebhookDeliveryInput', {
  description: 'A delivery of an endpoint, to send again.',
  fields: (t) => ({
    endpointId: t.id({ required: true, description: 'The endpoint id.' }),
    deliveryId: t.id({ required: true, description: 'The delivery id.' }),
  }),
});

builder.mutationField('retryWebhookDelivery', (t) =>
  t.field({
    type: WebhookDeliveryType,
    description: 'Sends a delivery again, whatever its status: it is PENDING and due at once, with the same event (the same webhook-id and body).',
    errors: resultErrors('retryWebhookDelivery', 'delivery', 'The delivery, PENDING again.'),
    args: { input: t.arg({ type: RetryWebhookDeliveryInput, required: true, description: 'The delivery to send again.' }) },
    resolve: declared('retryWebhookDelivery', (_r, { input }, ctx) => {
      const deliveryId = parseId(input.deliveryId);
      if (deliveryId === null) throw new NotFoundError('Webhook delivery');
      return retryWebhookDelivery(ctx.deps, principalOf(ctx), endpointId(input.endpointId), deliveryId);
    }),
  }),
);
