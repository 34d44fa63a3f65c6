import {
  CreateWebhookEndpointDocument,
  DeleteWebhookEndpointDocument,
  GetWebhookEndpointDocument,
  ListWebhookDeliveriesDocument,
  ListWebhookEndpointsDocument,
  RetryWebhookDeliveryDocument,
  RotateWebhookEndpointSecretDocument,
  UpdateWebhookEndpointDocument,
  type WebhookEndpointStatus,
} from '../generated/graphql';
import { problem } from '../../http/problem';
import { upper } from '../presenters';
import { allNodes, bodyOf, payloadOf, RestProblem, type Route } from '../route';
import {
  CreateWebhookEndpointBody,
  UpdateWebhookEndpointBody,
  WebhookDeliveries,
  WebhookDeliveriesQuery,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
} from '../schemas';
import { webhookDeliveryJson, webhookEndpointJson } from '../webhook-presenters';
import { boundedListBody } from './numbers';

const PATH = '/v1/developer/webhook-endpoints';
const ONE = `${PATH}/{endpoint_id}`;
const TAG = 'Developer';
const notFound = () => new RestProblem(problem(404, 'not_found', 'Webhook endpoint not found.'));

export const webhookRoutes: Route[] = [
  {
    method: 'GET',
    path: PATH,
    operationId: 'listWebhookEndpoints',
    description: "The organization's webhook endpoints (at most 20), newest first, as a plain array. Signing secrets are never listed: secret_hint shows the end of each.",
    summary: 'List webhook endpoints',
    tag: TAG,
    response: WebhookEndpointList,
    statuses: { 200: 'Endpoints, newest first', 401: 'No valid key' },
    async handle({ run }) {
      const nodes = await allNodes(async (after) => (await run(ListWebhookEndpointsDocument, { first: 100, after })).webhookEndpoints);
      return { status: 200, body: nodes.map(webhookEndpointJson) };
    },
  },
  {
    method: 'POST',
    path: PATH,
    operationId: 'createWebhookEndpoint',
    description:
      "Creates a webhook endpoint, active. Its signing secret (secret, whsec_…) is in this response only: deliveries are signed with it per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). The URL is https://, or http://localhost / 127.0.0.1 for development; a host that resolves to a private, loopback, link-local or metadata address is refused. An organization holds at most 20 endpoints.",
    summary: 'Create a webhook endpoint (the secret is shown only in this response)',
    tag: TAG,
    body: CreateWebhookEndpointBody,
    response: WebhookEndpointWithSecret,
    statuses: {
      201: 'Created',
      400: 'Invalid label, URL or events (unknown event types are named)',
      401: 'No valid key',
      409: 'The organization already holds 20 endpoints (webhook_endpoint_limit_reached: delete one first); or this Idempotency-Key already created one, whose secret is not kept for a replay',
    },
    secretInAnswer: true,
    async handle({ run }, req) {
      const body = bodyOf(req, CreateWebhookEndpointBody);
      const created = payloadOf((await run(CreateWebhookEndpointDocument, { input: { label: body.label, url: body.url, events: body.events } })).createWebhookEndpoint, 'created');
      return { status: 201, body: { ...webhookEndpointJson(created.endpoint), secret: created.secret } };
    },
  },
  {
    method: 'GET',
    path: ONE,
    operationId: 'getWebhookEndpoint',
    description: 'One webhook endpoint. Its signing secret is never returned here: secret_hint shows its end.',
    summary: 'Retrieve a webhook endpoint',
    tag: TAG,
    response: WebhookEndpoint,
    statuses: { 200: 'The endpoint', 401: 'No valid key', 404: 'No such endpoint in this organization' },
    async handle({ run }, req) {
      const { webhookEndpoint } = await run(GetWebhookEndpointDocument, { id: req.params.endpoint_id! });
      if (!webhookEndpoint) throw notFound();
      return { status: 200, body: webhookEndpointJson(webhookEndpoint) };
    },
  },
  {
    method: 'PATCH',
    path: ONE,
    operationId: 'updateWebhookEndpoint',
    description: 'Changes the label, URL, events and/or status, all or nothing. status is active or disabled: a disabled endpoint gets no new deliveries, and its pending ones wait until it is active again; setting active also forgets past failures.',
    summary: 'Update a webhook endpoint',
    tag: TAG,
    body: UpdateWebhookEndpointBody,
    response: WebhookEndpoint,
    statuses: { 200: 'Updated', 400: 'Invalid label, URL, events or status', 401: 'No valid key', 404: 'No such endpoint in this organization' },
    async handle({ run }, req) {
      const body = bodyOf(req, UpdateWebhookEndpointBody);
      const result = await run(UpdateWebhookEndpointDocument, {
        input: {
          id: req.params.endpoint_id!,
          label: body.label,
          url: body.url,
          events: body.events,
          status: body.status && (upper(body.status) as WebhookEndpointStatus),
        },
      });
      return { status: 200, body: webhookEndpointJson(payloadOf(result.updateWebhookEndpoint, 'endpoint')) };
    },
  },
  {
    method: 'DELETE',
    path: ONE,
    operationId: 'deleteWebhookEndpoint',
    description: 'Deletes a webhook endpoint; its pending deliveries and its delivery log go with it.',
    summary: 'Delete a webhook endpoint',
    tag: TAG,
    statuses: { 204: 'Deleted', 401: 'No valid key', 404: 'No such endpoint in this organization' },
    async handle({ run }, req) {
      payloadOf((await run(DeleteWebhookEndpointDocument, { input: { id: req.params.endpoint_id! } })).deleteWebhookEndpoint, 'deleted');
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    path: `${ONE}/rotate-secret`,
    operationId: 'rotateWebhookEndpointSecret',
    description: 'Replaces the signing secret; the new one (secret) is in this response only. For 24 hours the previous secret also signs every delivery (a second signature in webhook-signature), so receivers can roll to the new one without losing events.',
    summary: 'Rotate the signing secret (the new secret is shown only in this response)',
    tag: TAG,
    response: WebhookEndpointWithSecret,
    statuses: {
      200: 'Rotated',
      401: 'No valid key',
      404: 'No such endpoint in this organization',
      409: 'This Idempotency-Key already rotated the secret, and the new secret is not kept for a replay',
    },
    secretInAnswer: true,
    async handle({ run }, req) {
      const rotated = payloadOf((await run(RotateWebhookEndpointSecretDocument, { input: { id: req.params.endpoint_id! } })).rotateWebhookEndpointSecret, 'rotated');
      return { status: 200, body: { ...webhookEndpointJson(rotated.endpoint), secret: rotated.secret } };
    },
  },
  {
    method: 'GET',
    path: `${ONE}/deliveries`,
    operationId: 'listWebhookDeliveries',
    description:
      "The endpoint's delivery log, newest first: each event sent to it with its status and every attempt (time, HTTP status, latency, the first bytes of the answer). A plain array of at most 1,000; with limit or offset, or when more than 1,000 exist, one window in the envelope {items, total, limit, offset}.",
    summary: "List an endpoint's deliveries",
    tag: TAG,
    query: WebhookDeliveriesQuery,
    response: WebhookDeliveries,
    statuses: {
      200: 'Deliveries, newest first: a plain array of at most 1,000, or one window and the total (with limit/offset, or when more than 1,000 exist)',
      400: 'Invalid limit or offset',
      401: 'No valid key',
      404: 'No such endpoint in this organization',
    },
    async handle({ run }, req) {
      const body = await boundedListBody(
        req.query,
        async (after, withTotal, first) => {
          const { webhookEndpoint } = await run(ListWebhookDeliveriesDocument, { id: req.params.endpoint_id!, first, after, withTotal });
          if (!webhookEndpoint) throw notFound();
          return webhookEndpoint.deliveries;
        },
        webhookDeliveryJson,
      );
      return { status: 200, body };
    },
  },
  {
    method: 'POST',
    path: `${ONE}/deliveries/{delivery_id}/retry`,
    operationId: 'retryWebhookDelivery',
    description: 'Sends a delivery again, whatever its status: it is pending and due at once, with the same event (the same webhook-id and body). Answers 202 with the delivery; its attempts show in the log.',
    summary: 'Retry a delivery',
    tag: TAG,
    response: WebhookDelivery,
    statuses: { 202: 'Accepted: the delivery is pending and due now', 401: 'No valid key', 404: 'No such endpoint or delivery in this organization' },
    async handle({ run }, req) {
      const result = await run(RetryWebhookDeliveryDocument, { input: { endpointId: req.params.endpoint_id!, deliveryId: req.params.delivery_id! } });
      return { status: 202, body: webhookDeliveryJson(payloadOf(result.retryWebhookDelivery, 'delivery')) };
    },
  },
];
