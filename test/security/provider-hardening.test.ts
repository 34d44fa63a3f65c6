import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderUnavailableError } from '../../src/domain/errors';
import { createLogger } from '../../src/logger';
import { startMetricsServer, type MetricsServer } from '../../src/observability/metrics-server';
import { nextPagePath, type CompatSite } from '../../src/providers/compat-api';
import { createHttpClient } from '../../src/providers/http-client';
import { signalwireAdapter } from '../../src/providers/signalwire';
import { twilioAdapter } from '../../src/providers/twilio';
import { restCredentials } from '../support/credentials';
import { startHarness, type Harness } from '../support/harness';
import { captureLogs } from '../support/providers';

/**
 * Issue 20 #11, #13 (provider half), #16: what a client types never reaches a provider in a form
 * the HTTP stack would refuse (400 before any call, no false outage), never becomes a metric
 * label, and a provider's paging link never carries the credentials to another host.
 */
let h: Harness;
let metricsServer: MetricsServer;
beforeAll(async () => {
  h = await startHarness();
  metricsServer = await startMetricsServer(0, '127.0.0.1');
});
afterAll(async () => {
  await metricsServer.close();
  await h.close();
});

const scrape = async () => (await fetch(metricsServer.url)).text();
/** Provider calls recorded so far, of every provider and outcome. */
const providerCalls = async () =>
  [...(await scrape()).matchAll(/^trunkline_provider_call_duration_seconds_count\{[^}]*\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);

const HOSTILE = {
  'non-Latin-1': 'KEY\u20ac0123456789',
  'Latin-1 accent': 'KEY\u00e90123456789',
  'control character': 'KEY\u00070123456789',
  'line break': 'KEY01234\r\nX-Injected: 1',
  NUL: 'KEY01234\u000056789',
  'inner space': 'KEY01234 56789',
};

/** Each provider's secret and id fields, with a body that is otherwise valid. */
const FIELDS: { provider: string; field: string; body: () => Record<string, unknown> }[] = [
  { provider: 'twilio', field: 'auth_token', body: () => ({ credentials: restCredentials(h.sim, 'twilio') }) },
  { provider: 'twilio', field: 'api_key_secret', body: () => ({ credentials: { account_sid: restCredentials(h.sim, 'twilio').account_sid, api_key_sid: `SK${'0'.repeat(32)}` } }) },
  { provider: 'twilio', field: 'account_sid', body: () => ({ credentials: restCredentials(h.sim, 'twilio') }) },
  { provider: 'twilio', field: 'api_key_sid', body: () => ({ credentials: { account_sid: restCredentials(h.sim, 'twilio').account_sid, api_key_secret: 'x'.repeat(32) } }) },
  { provider: 'telnyx', field: 'api_key', body: () => ({ credentials: restCredentials(h.sim, 'telnyx') }) },
  { provider: 'telnyx', field: 'connection_id', body: () => ({ credentials: restCredentials(h.sim, 'telnyx') }) },
  { provider: 'signalwire', field: 'api_token', body: () => ({ credentials: restCredentials(h.sim, 'signalwire') }) },
  { provider: 'signalwire', field: 'project_id', body: () => ({ credentials: restCredentials(h.sim, 'signalwire') }) },
  { provider: 'signalwire', field: 'space', body: () => ({ credentials: restCredentials(h.sim, 'signalwire') }) },
  { provider: 'vonage', field: 'api_secret', body: () => ({ credentials: restCredentials(h.sim, 'vonage') }) },
  { provider: 'vonage', field: 'api_key', body: () => ({ credentials: restCredentials(h.sim, 'vonage') }) },
  { provider: 'manual', field: 'username', body: () => ({ credentials: { username: 'acme', password: 'pw' }, sip_config: { domain: '127.0.0.1', port: h.sip.port } }) },
];

describe('credential alphabets (#11)', () => {
  it.each(FIELDS)('$provider $field: 400 with the field path, before any provider call, on test and create', async ({ provider, field, body }) => {
    const before = await providerCalls();
    for (const [form, value] of Object.entries(HOSTILE)) {
      const b = body();
      const request = { provider, ...b, credentials: { ...(b.credentials as object), [field]: value } };
      for (const path of ['/v1/voip-connections/test', '/v1/voip-connections/suggest-name', '/v1/voip-connections']) {
        const res = await h.rest('POST', path, { ...request, ...(path.endsWith('connections') && { verification_evidence_id: '00000000-0000-4000-8000-000000000000' }) });
        expect(res, `${form} on ${path}`).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: { [`credentials.${field}`]: expect.any(Array) } } });
        expect(JSON.stringify(res.body)).not.toContain(value);
      }
    }
    expect(await providerCalls()).toBe(before);
  });

  it('manual: a password is hashed, so any printable text is one, but not control characters', async () => {
    const sip_config = { domain: '127.0.0.1', port: h.sip.port };
    for (const password of ['pw\u0007', 'pw\u0000x', 'pw\r\n', 'pw\ud800']) {
      const res = await h.rest('POST', '/v1/voip-connections/test', { provider: 'manual', credentials: { username: 'acme', password }, sip_config });
      expect(res, JSON.stringify(password)).toMatchObject({ status: 400, body: { fields: { 'credentials.password': expect.any(Array) } } });
    }
    const spaced = await h.rest('POST', '/v1/voip-connections/test', { provider: 'manual', credentials: { username: 'acme', password: 'Circle Of Lïfe €' }, sip_config });
    expect(spaced.status).toBe(200);
  });

  it('the same on GraphQL, with no false outage in the metrics', async () => {
    const res = await h.gql('mutation($input: TestCredentialsInput!) { testCredentials(input: $input) { __typename ... on ValidationError { fields { path } } } }', {
      input: { credentials: { telnyx: { apiKey: HOSTILE['non-Latin-1'] } } },
    });
    expect(res.body.data.testCredentials).toEqual({ __typename: 'ValidationError', fields: [{ path: 'credentials.api_key' }] });
    expect(await scrape()).not.toMatch(/provider="telnyx",operation="[^"]*",outcome="unavailable"/);
  });
});

describe('provider-call metric labels (#13)', () => {
  it('name every call by a fixed template: a typed Telnyx connection_id never becomes a label', async () => {
    const credentials = { ...restCredentials(h.sim, 'telnyx'), connection_id: 'zzz-canary-label' };
    const res = await h.rest('POST', '/v1/voip-connections/test', { provider: 'telnyx', credentials });
    expect(res).toMatchObject({ status: 200, body: { status: 'fail', failures: [{ code: 'connection_not_found' }] } });
    const text = await scrape();
    expect(text).toContain('provider="telnyx",operation="GET /v2/connections/{id}",outcome="rejected"');
    expect(text).not.toContain('zzz-canary-label');
    // Every provider operation label is a template: no digits runs, no keys, no typed values.
    const operations = [...text.matchAll(/operation="([^"]*)"/g)].map((m) => m[1]!);
    expect(operations.length).toBeGreaterThan(0);
    for (const op of operations) expect(op).toMatch(/^(GET|POST|PATCH|PUT|DELETE) (\/[a-z0-9_.-]+|\/\{id\}(\.json)?|\/[A-Z][A-Za-z]+(\.json)?|\/\d{4}-\d\d-\d\d)+$/);
  });
});

describe('paging links (#16)', () => {
  const site = (origin: string): CompatSite => ({ provider: 'Twilio', origin, accountPath: '/x', accountTemplate: '/x', suffix: '', authorization: '', http: null as never });

  it('accepts only a path on the same origin', () => {
    for (const origin of ['https://api.twilio.com', 'https://acme.signalwire.com', 'http://127.0.0.1:8080/signalwire/acme']) {
      expect(nextPagePath(site(origin), '/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json?Page=1&PageToken=PA1')).toMatch(/^\/2010/);
      for (const hostile of ['.evil.example/x', '@evil.example/x', ':1@evil.example/x', '//evil.example/x', '/\\evil.example/x', '\\\\evil.example/x',
        'https://evil.example/x', 'evil.example/x', '', ' /x', '/x y', '/x\r\nHost: evil', '\t//evil.example/x']) {
        expect(() => nextPagePath(site(origin), hostile), `${origin} ${JSON.stringify(hostile)}`).toThrow(ProviderUnavailableError);
      }
    }
  });

  /** A provider whose next_page_uri points elsewhere, and the elsewhere, which must hear nothing. */
  let provider: Server;
  let elsewhere: Server;
  let elsewhereHits = 0;
  let providerHits = 0;
  let nextPage = '';
  beforeAll(async () => {
    elsewhere = createServer((_req, res) => {
      elsewhereHits++;
      res.end('{}');
    });
    provider = createServer((_req, res) => {
      providerHits++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ incoming_phone_numbers: [{ sid: 'PN1', phone_number: '+14155550100' }], next_page_uri: nextPage }));
    });
    await Promise.all([provider, elsewhere].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
  });
  afterAll(async () => {
    await Promise.all([provider, elsewhere].map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it('a hostile next_page_uri stops paging as a provider fault; the other host receives no request', async () => {
    const port = (s: Server) => (s.address() as AddressInfo).port;
    const http = createHttpClient({ timeoutMs: 2_000, retries: 0, log: createLogger('debug', captureLogs().stream) });
    const adapters = [
      twilioAdapter({ baseUrl: `http://127.0.0.1:${port(provider)}`, http }),
      // A Space name is what fills the host; here it fills the port.
      signalwireAdapter({ baseUrl: `http://127.0.0.1:{space}`, http }),
    ];
    const credentials = [
      { account_sid: `AC${'1'.repeat(32)}`, auth_token: 'secret-token' },
      { space: String(port(provider)), project_id: '00000000-0000-4000-8000-000000000000', api_token: 'secret-token' },
    ];
    for (const hostile of [`@127.0.0.1:${port(elsewhere)}/x`, `:x@127.0.0.1:${port(elsewhere)}/x`, `//127.0.0.1:${port(elsewhere)}/x`, `http://127.0.0.1:${port(elsewhere)}/x`]) {
      nextPage = hostile;
      for (const [i, adapter] of adapters.entries()) {
        providerHits = 0;
        await expect(adapter.listNumbers(credentials[i] as never, {} as never), hostile).rejects.toMatchObject({ code: 'provider_unavailable' });
        expect(providerHits).toBe(1);
      }
    }
    expect(elsewhereHits).toBe(0);
    // A path is followed as before.
    nextPage = '';
    expect(await adapters[0]!.listNumbers(credentials[0] as never, {} as never)).toHaveLength(1);
  });
});
