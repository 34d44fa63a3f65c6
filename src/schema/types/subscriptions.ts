import { Repeater } from 'graphql-yoga';
import type { DomainEvent } from '../../events/bus';
import { oncePerEvent } from '../../events/fan-out';
import { metrics } from '../../observability/metrics';
import { AuthenticationError } from '../../domain/errors';
import { apiKeyStillActive } from '../../domain/organizations';
import type { PhoneNumber } from '../../db/repositories/phone-numbers';
import type { ConnectionView } from '../../domain/connection-view';
import { findConnection } from '../../domain/connections';
import { findPhoneNumber, findTestCall } from '../../domain/phone-numbers';
import type { TestCallReport } from '../../domain/test-calls';
import type { WebhookEndpoint } from '../../db/repositories/webhook-endpoints';
import type { WebhookDelivery } from '../../db/repositories/webhook-log';
import { findWebhookDelivery, findWebhookEndpoint } from '../../domain/webhook-endpoints';
import { builder } from '../builder';
import { parseId } from '../pagination';
import type { GraphQLContext } from '../context';
import { principalOf, unauthenticated } from '../principal';
import { ConnectionRef } from './connection';
import { PhoneNumberRef } from './phone-number';
import { TestCallType } from './test-call';
import { WebhookDeliveryType, WebhookEndpointRef } from './webhook-endpoint';

builder.subscriptionType({
  authScopes: { authenticated: true },
  description:
    "Live changes of the organization's connections, phone numbers, test calls and webhook deliveries, over Server-Sent Events: POST (or GET) /graphql with `Accept: text/event-stream` (graphql-sse distinct connections mode), or all of a client's subscriptions on one stream at /graphql/stream (single connection mode). Each event carries the object as it is now, read for your organization.",
});

/** What a stream yields last when its key was revoked: its resolver turns it into the 401 error. */
const REVOKED = Symbol('revoked');
type Revoked = typeof REVOKED;

/**
 * Ends a stream whose key was revoked since it opened. A revocation published on the bus (by
 * this instance or another sharing it) ends the stream at once, quiet or not; and before each
 * event the key is read again — once per key and event, however many of its subscriptions the
 * event reaches — for revocations nobody published (the command line on another process). A
 * revoked key makes the stream yield REVOKED and end. The error is raised by the resolver, as
 * one error result, never thrown from the stream itself (a throwing source would be an
 * unhandled rejection in graphql-sse's single connection mode), and a key that cannot be read
 * (the database away) ends the stream quietly: clients reconnect. Each delivered event's lag
 * since its publication is measured here.
 */
const whileKeyActive = <T extends DomainEvent>(ctx: GraphQLContext, source: AsyncIterableIterator<T>, wanted: (event: T) => boolean): AsyncIterableIterator<T | Revoked> =>
  new Repeater<T | Revoked>(async (push, stop) => {
    const principal = principalOf(ctx);
    const watch = ctx.deps.events.watchRevocation(principal.organizationId, principal.apiKeyId);
    // Ending the source settles a pending next(): no race against long-lived promises, whose
    // reactions would pile up with every event for as long as the stream lasts.
    let revoked = false;
    void watch.revoked.then(() => {
      revoked = true;
      void source.return?.();
    });
    void stop.then(() => {
      watch.stop();
      void source.return?.();
    });
    try {
      for (;;) {
        const next = await source.next();
        if (revoked) {
          await push(REVOKED);
          break;
        }
        if (next.done) break;
        if (!wanted(next.value)) continue;
        if (!(await oncePerEvent(next.value, `key:${principal.apiKeyId}`, () => apiKeyStillActive(ctx.deps, principal)))) {
          await push(REVOKED);
          break;
        }
        if (next.value.publishedAt) metrics.eventLag.observe({ kind: next.value.kind }, Math.max(0, Date.now() - next.value.publishedAt) / 1000);
        await push(next.value);
      }
    } catch (err) {
      // The key could not be read (the database is away): the stream ends, and the client reconnects.
      ctx.deps.log.warn({ reason: err instanceof Error ? err.message : String(err) }, 'event stream ended');
    }
    stop();
  });

const revokedError = () => unauthenticated({ authError: new AuthenticationError('invalid_api_key') });

/** An id argument: null when absent, -1 (matches nothing) when it is not an id we issue. */
const wanted = (id: string | null | undefined) => (id == null ? null : parseId(id) ?? -1);

const ConnectionEvent = builder.objectRef<{ id: number; deleted: boolean; connection: ConnectionView | null }>('ConnectionEvent').implement({
  description: 'A connection changed: its status, name, credentials, numbers or a re-check result. Or it was deleted.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The connection id.' }),
    deleted: t.exposeBoolean('deleted', { description: 'True when the connection was deleted (connection is then null).' }),
    connection: t.field({ type: ConnectionRef, nullable: true, description: 'The connection as it is now; null once deleted.', resolve: (e) => e.connection }),
  }),
});

const PhoneNumberEvent = builder.objectRef<{ id: number; phoneNumber: PhoneNumber | null }>('PhoneNumberEvent').implement({
  description: 'A phone number changed: imported, verified, assigned agents, or released.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The phone number id.' }),
    phoneNumber: t.field({ type: PhoneNumberRef, nullable: true, description: 'The phone number as it is now.', resolve: (e) => e.phoneNumber }),
  }),
});

builder.subscriptionField('connectionUpdated', (t) =>
  t.field({
    type: ConnectionEvent,
    description: 'Every change to one connection (with id), or to every connection of the organization, deletions included.',
    args: { id: t.arg.id({ description: 'Only this connection.' }) },
    subscribe: (_r, args, ctx) => {
      const id = wanted(args.id);
      return whileKeyActive(ctx, ctx.deps.events.subscribe('connection', principalOf(ctx).organizationId), (e) => id === null || e.connectionId === id);
    },
    resolve: async (event, _a, ctx) => {
      if (event === REVOKED) throw revokedError();
      return {
        id: event.connectionId,
        deleted: event.deleted,
        // Read once per event for every subscriber of the organization (see oncePerEvent).
        connection: event.deleted ? null : await oncePerEvent(event, `connection:${event.organizationId}`, () => findConnection(ctx.deps, principalOf(ctx), event.connectionId)),
      };
    },
  }),
);

builder.subscriptionField('phoneNumberUpdated', (t) =>
  t.field({
    type: PhoneNumberEvent,
    description: 'Every change to one phone number (with id), to the numbers of one connection (with connectionId), or to every number of the organization.',
    args: {
      id: t.arg.id({ description: 'Only this phone number.' }),
      connectionId: t.arg.id({ description: 'Only numbers of this connection.' }),
    },
    subscribe: (_r, args, ctx) => {
      const id = wanted(args.id);
      const connectionId = wanted(args.connectionId);
      return whileKeyActive(ctx, ctx.deps.events.subscribe('phone_number', principalOf(ctx).organizationId), (e) => (id === null || e.phoneNumberId === id) && (connectionId === null || e.connectionId === connectionId));
    },
    resolve: async (event, _a, ctx) => {
      if (event === REVOKED) throw revokedError();
      return { id: event.phoneNumberId, phoneNumber: await oncePerEvent(event, `phone_number:${event.organizationId}`, () => findPhoneNumber(ctx.deps, principalOf(ctx), event.phoneNumberId)) };
    },
  }),
);

const TestCallEvent = builder.objectRef<{ id: number; phoneNumberId: number; testCall: TestCallReport | null }>('TestCallEvent').implement({
  description: 'A test call moved on: a call placed, a provider status, an arrival at the ingress, the result.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The test call id.' }),
    phoneNumberId: t.exposeID('phoneNumberId', { description: 'The number being called.' }),
    testCall: t.field({ type: TestCallType, nullable: true, description: 'The test call as it is now, its timelines included.', resolve: (e) => e.testCall }),
  }),
});

builder.subscriptionField('testCallUpdated', (t) =>
  t.field({
    type: TestCallEvent,
    description: 'Every step of the test calls of one number (with phoneNumberId), or of every number of the organization: verify-voip and testCall progress, live.',
    args: { phoneNumberId: t.arg.id({ description: 'Only the test calls of this number.' }) },
    subscribe: (_r, args, ctx) => {
      const id = wanted(args.phoneNumberId);
      return whileKeyActive(ctx, ctx.deps.events.subscribe('test_call', principalOf(ctx).organizationId), (e) => id === null || e.phoneNumberId === id);
    },
    resolve: async (event, _a, ctx) => {
      if (event === REVOKED) throw revokedError();
      return {
        id: event.testCallId,
        phoneNumberId: event.phoneNumberId,
        testCall: await oncePerEvent(event, `test_call:${event.organizationId}`, () => findTestCall(ctx.deps, principalOf(ctx), event.testCallId)),
      };
    },
  }),
);

const WebhookDeliveryEvent = builder.objectRef<{ id: number; endpointId: number; delivery: WebhookDelivery | null; endpoint: WebhookEndpoint | null }>('WebhookDeliveryEvent').implement({
  description: 'A webhook delivery moved on: an attempt was recorded (delivered, failed, retry scheduled), or it was retried by hand.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The delivery id.' }),
    endpointId: t.exposeID('endpointId', { description: 'The endpoint it is owed to.' }),
    delivery: t.field({ type: WebhookDeliveryType, nullable: true, description: 'The delivery as it is now, its attempts included; null once its endpoint is deleted.', resolve: (e) => e.delivery }),
    endpoint: t.field({
      type: WebhookEndpointRef,
      nullable: true,
      description: 'The endpoint as it is now: an attempt may have made it FAILING, or ACTIVE again. Null once deleted.',
      resolve: (e) => e.endpoint,
    }),
  }),
});

builder.subscriptionField('webhookDeliveryUpdated', (t) =>
  t.field({
    type: WebhookDeliveryEvent,
    description: "Every attempt at the deliveries of one webhook endpoint (with endpointId), or of every endpoint of the organization, and every retry by hand: the delivery log, live.",
    args: { endpointId: t.arg.id({ description: 'Only the deliveries of this endpoint.' }) },
    subscribe: (_r, args, ctx) => {
      const id = wanted(args.endpointId);
      return whileKeyActive(ctx, ctx.deps.events.subscribe('webhook_delivery', principalOf(ctx).organizationId), (e) => id === null || e.endpointId === id);
    },
    resolve: async (event, _a, ctx) => {
      if (event === REVOKED) throw revokedError();
      // Read once per event for every subscriber of the organization (see oncePerEvent).
      const [delivery, endpoint] = await Promise.all([
        oncePerEvent(event, `webhook_delivery:${event.organizationId}`, () => findWebhookDelivery(ctx.deps, principalOf(ctx), event.endpointId, event.deliveryId)),
        oncePerEvent(event, `webhook_endpoint:${event.organizationId}`, () => findWebhookEndpoint(ctx.deps, principalOf(ctx), event.endpointId)),
      ]);
      return { id: event.deliveryId, endpointId: event.endpointId, delivery: delivery ?? null, endpoint: endpoint ?? null };
    },
  }),
);
