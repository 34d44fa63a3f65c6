import {
  AvailableNumbersDocument,
  GetPhoneNumberDocument,
  ImportNumbersDocument,
  ListPhoneNumbersDocument,
  ReleasePhoneNumberDocument,
  UpdatePhoneNumberDocument,
  VerifyPhoneNumberDocument,
  TestCallDocument,
  type Capability,
  type PhoneNumberStatus,
} from '../generated/graphql';
import { callCheckJson, lower, phoneNumberJson, testCallJson, upper } from '../presenters';
import { problem } from '../../http/problem';
import { bodyOf, listBody, memberOf, payloadOf, RestProblem, type ListEnvelope, type Route } from '../route';
import {
  AvailableNumbers,
  AvailableNumbersQuery,
  ImportNumbersBody,
  ImportNumbersResponse,
  PhoneNumber,
  PhoneNumbers,
  PhoneNumbersQuery,
  PLAIN_LIST_CAP,
  UpdatePhoneNumberBody,
  VerifiedPhoneNumber,
  TestCall,
} from '../schemas';

const notFound = (what: string) => new RestProblem(problem(404, 'not_found', `${what} not found.`));

/**
 * These two lists grow without bound (an organization's numbers, a provider's inventory). Without
 * limit or offset, at most PLAIN_LIST_CAP items come as the plain array; past the cap, the first
 * window comes in the envelope instead, `{items, total, limit: 1000, offset: 0}`, so a client
 * learns from the shape (and the total) that there is more, and one answer stays bounded.
 */
export async function boundedListBody<T, R>(query: URLSearchParams, page: Parameters<typeof listBody<T, R>>[1], present: (node: T) => R): Promise<R[] | ListEnvelope<R>> {
  if (query.has('limit') || query.has('offset')) return listBody(query, page, present);
  const window = (await listBody(new URLSearchParams({ limit: String(PLAIN_LIST_CAP) }), page, present)) as ListEnvelope<R>;
  return window.total > PLAIN_LIST_CAP ? window : window.items;
}
const agentInput = (v: number | null | undefined) => (v === undefined ? undefined : v === null ? null : String(v));

export const numberRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v1/voip-connections/{connection_id}/available-numbers',
    operationId: 'listAvailableNumbers',
    description:
      "The numbers the connection's provider account holds that this organization can import, read live, in E.164 order (numbers it holds already, and numbers another organization has proven, are left out). A plain array of at most 1,000; with limit or offset, or when more than 1,000 match, one window in the envelope {items, total, limit, offset} (without limit or offset: the first 1,000, limit 1000, offset 0).",
    summary: 'List importable numbers',
    tag: 'VoIP connections',
    query: AvailableNumbersQuery,
    response: AvailableNumbers,
    statuses: {
      200: 'Numbers in E.164 order: a plain array of at most 1,000, or one window and the total (with limit/offset, or when more than 1,000 match)',
      400: 'Invalid filter',
      401: 'No valid key',
      404: 'No such connection in this organization',
      409: 'The connection is in error, or is a SIP trunk (no inventory)',
      422: 'The provider rejected the stored credentials',
      502: 'Provider unavailable',
    },
    async handle({ run }, req) {
      const q = req.query;
      const body = await boundedListBody(
        q,
        async (after, withTotal, first) => {
          const data = await run(AvailableNumbersDocument, {
            id: req.params.connection_id!,
            first,
            after,
            withTotal,
            contains: q.get('contains'),
            country: q.get('country'),
            capability: q.get('capability') ? (upper(q.get('capability')!) as Capability) : undefined,
          });
          if (!data.connection) throw notFound('Connection');
          return memberOf(data.connection.availableNumbers, 'AvailableNumberList');
        },
        (n) => ({
          phone_number: n.phoneNumber,
          friendly_name: n.friendlyName,
          provider_number_id: n.providerNumberId,
          country: n.country ?? null,
          capabilities: { voice: n.capabilities.voice, sms: n.capabilities.sms, mms: n.capabilities.mms },
        }),
      );
      return { status: 200, body };
    },
  },
  {
    method: 'POST',
    path: '/v1/voip-connections/{connection_id}/import-numbers',
    operationId: 'importNumbers',
    description:
      'Imports up to 1,000 numbers as phone numbers in provisioning, one result per distinct number. Idempotent: numbers already held here are already_imported. Through a provider account, only numbers its inventory lists are imported; a number another organization has proven fails not_in_account, like a number the account does not list. Through a SIP trunk, numbers are declared: they hold nothing exclusively, and never block another organization\'s provider-proven import. Numbers past the organization\'s limit (TRUNKLINE_MAX_NUMBERS_PER_ORG) fail number_limit_reached. 201 if any was imported, else 200.',
    summary: 'Import selected numbers (they start in provisioning)',
    tag: 'VoIP connections',
    body: ImportNumbersBody,
    response: ImportNumbersResponse,
    statuses: {
      200: 'Nothing new imported (every number already imported or failed)',
      201: 'At least one number imported',
      400: 'Invalid input (1 to 1,000 numbers)',
      401: 'No valid key',
      404: 'No such connection in this organization',
      409: 'The connection is in error',
      422: 'The provider rejected the stored credentials',
      502: 'Provider unavailable',
    },
    async handle({ run }, req) {
      const body = bodyOf(req, ImportNumbersBody);
      const report = payloadOf((await run(ImportNumbersDocument, { input: { connectionId: req.params.connection_id!, numbers: body.numbers } })).importNumbers, 'report');
      return {
        status: report.imported > 0 ? 201 : 200,
        body: {
          results: report.results.map((r) => ({ number: r.number, outcome: lower(r.outcome), code: r.code ?? null, phone_number: r.phoneNumber ? phoneNumberJson(r.phoneNumber) : null })),
          imported: report.imported,
          already_imported: report.alreadyImported,
          failed: report.failed,
        },
      };
    },
  },
  {
    method: 'GET',
    path: '/v1/phone-numbers',
    operationId: 'listPhoneNumbers',
    description:
      "The organization's phone numbers (released ones included), newest first, as a plain array of at most 1,000. With limit or offset, or when more than 1,000 match, one window in the envelope {items, total, limit, offset} (without limit or offset: the first 1,000, limit 1000, offset 0); page on with offset.",
    summary: 'List phone numbers',
    tag: 'Phone numbers',
    query: PhoneNumbersQuery,
    response: PhoneNumbers,
    statuses: { 200: 'Phone numbers, newest first: a plain array of at most 1,000, or one window and the total (with limit/offset, or when more than 1,000 match)', 400: 'Invalid filter', 401: 'No valid key' },
    async handle({ run }, req) {
      const status = req.query.get('status');
      const body = await boundedListBody(
        req.query,
        async (after, withTotal, first) =>
          (
            await run(ListPhoneNumbersDocument, {
              first,
              after,
              withTotal,
              connectionId: req.query.get('voip_connection_id'),
              status: status ? (upper(status) as PhoneNumberStatus) : undefined,
            })
          ).phoneNumbers,
        phoneNumberJson,
      );
      return { status: 200, body };
    },
  },
  {
    method: 'GET',
    path: '/v1/phone-numbers/{id}',
    operationId: 'getPhoneNumber',
    description: 'One phone number.',
    summary: 'Retrieve a phone number',
    tag: 'Phone numbers',
    response: PhoneNumber,
    statuses: { 200: 'The phone number', 401: 'No valid key', 404: 'No such phone number in this organization' },
    async handle({ run }, req) {
      const { phoneNumber } = await run(GetPhoneNumberDocument, { id: req.params.id! });
      if (!phoneNumber) throw notFound('Phone number');
      return { status: 200, body: phoneNumberJson(phoneNumber) };
    },
  },
  {
    method: 'PATCH',
    path: '/v1/phone-numbers/{id}',
    operationId: 'updatePhoneNumber',
    description: 'Assigns the inbound and outbound agents (null unassigns) and a label.',
    summary: 'Assign agents (null unassigns) and a label',
    tag: 'Phone numbers',
    body: UpdatePhoneNumberBody,
    response: PhoneNumber,
    statuses: { 200: 'Updated', 400: 'Invalid input', 401: 'No valid key', 404: 'No such phone number in this organization', 409: 'The number was released' },
    async handle({ run }, req) {
      const body = bodyOf(req, UpdatePhoneNumberBody);
      const res = await run(UpdatePhoneNumberDocument, {
        input: { id: req.params.id!, inboundAgentId: agentInput(body.inbound_agent_id), outboundAgentId: agentInput(body.outbound_agent_id), label: body.label },
      });
      return { status: 200, body: phoneNumberJson(payloadOf(res.updatePhoneNumber, 'phoneNumber')) };
    },
  },
  {
    method: 'DELETE',
    path: '/v1/phone-numbers/{id}',
    operationId: 'releasePhoneNumber',
    description: 'Releases a phone number: its provider routing is put back as it was before verification (it is never deleted at the provider). Releasing twice is harmless.',
    summary: 'Release a phone number (its previous provider routing is restored)',
    tag: 'Phone numbers',
    statuses: { 204: 'Released', 401: 'No valid key', 404: 'No such phone number in this organization', 502: 'Provider unavailable' },
    async handle({ run }, req) {
      payloadOf((await run(ReleasePhoneNumberDocument, { input: { id: req.params.id! } })).releasePhoneNumber, 'phoneNumber');
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    path: '/v1/phone-numbers/{id}/verify-voip',
    operationId: 'verifyPhoneNumber',
    description: "Points the number's inbound calls at Trunkline's ingress (which hands every call but its test calls on to the platform) and checks that outbound calls are authorized; then places two real calls, refused before answer: one from the number (outbound_call), one to it (inbound_call). Every check that ran passes: status active, verified. Otherwise failed, with each failure spelled out; fix it and call again. A call check that could not run is not_checked, with why, and fails nothing.",
    summary: 'Verify inbound routing and outbound authorization, with real calls',
    tag: 'Phone numbers',
    response: VerifiedPhoneNumber,
    statuses: {
      200: 'Verified (status active), or failed with each failed check spelled out',
      401: 'No valid key',
      404: 'No such phone number in this organization',
      409: 'The connection was deleted or is in error, or the number was released',
      422: 'The provider rejected the stored credentials',
      502: 'Provider unavailable',
    },
    async handle({ run }, req) {
      const v = payloadOf((await run(VerifyPhoneNumberDocument, { input: { id: req.params.id! } })).verifyPhoneNumber, 'verification');
      const check = (c: { status: string; code: string; detail: string }) => ({ status: lower(c.status), code: c.code, detail: c.detail });
      return {
        status: 200,
        body: {
          ...phoneNumberJson(v.phoneNumber),
          verification: {
            status: lower(v.status),
            checks: {
              inbound_routing: check(v.inboundRouting),
              outbound_authorization: check(v.outboundAuthorization),
              outbound_call: callCheckJson(v.outboundCall),
              inbound_call: callCheckJson(v.inboundCall),
            },
            failures: v.failures,
            test_call: v.testCall ? testCallJson(v.testCall) : null,
          },
        },
      };
    },
  },
  {
    method: 'POST',
    path: '/v1/phone-numbers/{id}/test-call',
    operationId: 'testCall',
    description:
      "Places the two calls of a verification on demand: one from the number (outbound_call), one to it (inbound_call), each refused before answer at Trunkline's ingress and cancelled after the bound (20 s) if it never arrives. Changes nothing on the number. One at a time per number; an organization may start 10 per 15 minutes (429 with Retry-After past it).",
    summary: 'Place a test call',
    tag: 'Phone numbers',
    response: TestCall,
    statuses: {
      200: 'The test call finished: its checks and the timeline of each call',
      401: 'No valid key',
      404: 'No such phone number in this organization',
      409: 'A test call of this number is running, the connection was deleted or is in error, or the number was released',
      422: 'The provider rejected the stored credentials',
      429: 'Too many test calls for this organization (Retry-After)',
      502: 'Provider unavailable',
    },
    async handle({ run }, req) {
      const t = payloadOf((await run(TestCallDocument, { input: { id: req.params.id! } })).testCall, 'testCall');
      return { status: 200, body: testCallJson(t) };
    },
  },
];
