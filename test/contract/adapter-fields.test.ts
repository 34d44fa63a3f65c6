import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { credentialsFor } from '../../src/simulator/accounts';
import { createHttpClient, type HttpClient } from '../../src/providers/http-client';
import { createLogger } from '../../src/logger';
import { captureLogs } from '../support/providers';
import { twilioAdapter } from '../../src/providers/twilio';
import { telnyxAdapter } from '../../src/providers/telnyx';
import { signalwireAdapter } from '../../src/providers/signalwire';
import { vonageAdapter } from '../../src/providers/vonage';
import type { ProviderAdapter } from '../../src/providers/types';
import { EMPTY_VALUE_CLEARS, UNDOCUMENTED_FIELDS } from '../../src/providers/undocumented-fields';
import { hostOfUrl, matchOperation, operationsFor, resolve } from './definitions';
import { schemaHasPath } from './schemas';

/**
 * A field an adapter reads must exist in the definition's response schema for that operation
 * and status, or be listed in UNDOCUMENTED_FIELDS with its reason. The adapters run against the
 * simulator with an HTTP client that hands them each body wrapped in a Proxy recording every
 * property read — their zod schemas read every key they declare, present or not — so what is
 * checked is exactly what the adapters' parsing asks for.
 */
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ retryAfterSeconds: 0 });
});
afterAll(() => sim.close());

interface Read {
  method: string;
  url: URL;
  status: number;
  paths: Set<string>;
}

const IGNORED = new Set(['then', 'toJSON', 'constructor', 'length', 'valueOf', 'toString', '__proto__']);

function recorder(target: unknown, path: string[], read: Read): unknown {
  if (!target || typeof target !== 'object') return target;
  if (Array.isArray(target)) return target.map((item) => recorder(item, [...path, '[]'], read));
  return new Proxy(target as Record<string, unknown>, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      if (typeof key !== 'string' || IGNORED.has(key)) return value;
      read.paths.add([...path, key].join('.'));
      return recorder(value, [...path, key], read);
    },
    has(obj, key) {
      if (typeof key === 'string' && !IGNORED.has(key)) read.paths.add([...path, key].join('.'));
      return Reflect.has(obj, key);
    },
  });
}

it('every field the adapters read is in the definition’s response schema, or listed with a reason', async () => {
  const reads: Read[] = [];
  const inner = createHttpClient({ timeoutMs: 5_000, retries: 0, log: createLogger('silent', captureLogs().stream) });
  const http: HttpClient = async (provider, req, opts) => {
    const res = await inner(provider, req, opts);
    const read: Read = { method: req.method, url: new URL(req.url), status: res.status, paths: new Set() };
    reads.push(read);
    return { ...res, body: recorder(res.body, [], read) };
  };
  const b = sim.baseUrls;
  const adapters: [string, ProviderAdapter<any, any>, Record<string, string>][] = [
    ['twilio', twilioAdapter({ baseUrl: b.twilio, http }), credentialsFor(sim.account('twilio', 'valid'))],
    ['telnyx', telnyxAdapter({ baseUrl: b.telnyx, http }), credentialsFor(sim.account('telnyx', 'valid'))],
    ['telnyx', telnyxAdapter({ baseUrl: b.telnyx, http }), { api_key: sim.account('telnyx', 'valid').id }],
    ['signalwire', signalwireAdapter({ baseUrl: b.signalwire, http }), credentialsFor(sim.account('signalwire', 'valid'))],
    ['vonage', vonageAdapter({ restBaseUrl: b.vonageRest, apiBaseUrl: b.vonageApi, http }), credentialsFor(sim.account('vonage', 'valid'))],
  ];
  const target = { voiceUrl: 'https://voice.trunkline.example/inbound', sipUri: 'sip:inbound.trunkline.example' };
  for (const [, adapter, raw] of adapters) {
    const c = adapter.credentialsSchema.parse(raw);
    await adapter.test(c, {});
    const sip = (await adapter.provision?.(c, target)) ?? {};
    await adapter.test(c, sip);
    const numbers = await adapter.listNumbers(c, sip);
    for (const n of numbers.slice(0, 2)) {
      const previous = await adapter.configureInbound(c, sip, n, target);
      await adapter.checkOutbound(c, sip, n);
      await adapter.restoreInbound(c, sip, n, previous);
    }
  }

  const missing = new Map<string, number>();
  for (const read of reads) {
    const where = hostOfUrl(read.url, b);
    const found = where && matchOperation(where.host, read.method, where.path);
    if (!found || found.operation.stub || read.paths.size === 0) continue;
    const { operation } = found;
    const response = resolve(operation.def, operation.op.responses?.[String(read.status)] ?? operation.op.responses?.default);
    const schema = response?.content?.['application/json']?.schema;
    for (const field of read.paths) {
      const path = field.split('.');
      if (schemaHasPath(operation.def, schema, path)) continue;
      if (UNDOCUMENTED_FIELDS.some((u) => u.operation === operation.id && u.field === field.replace(/\.\[\]/g, '[]'))) continue;
      const line = `${operation.id} → ${read.status}: reads ${field.replace(/\.\[\]/g, '[]')}, which the response schema does not declare`;
      missing.set(line, (missing.get(line) ?? 0) + 1);
    }
  }
  expect(reads.length).toBeGreaterThan(20);
  const report = [...missing.keys()];
  if (report.length) throw new Error(`${report.length} fields read that the definitions do not declare (fix the adapter, or list them in src/providers/undocumented-fields.ts with the reason):\n- ${report.join('\n- ')}`);
});

it('every allow-list entry names an operation of the definitions, with a reason', () => {
  const ids = new Set((['twilio', 'telnyx', 'signalwire', 'vonage-rest', 'vonage-api'] as const).flatMap((h) => operationsFor(h).map((o) => o.id)));
  for (const entry of [...UNDOCUMENTED_FIELDS, ...EMPTY_VALUE_CLEARS]) {
    expect(ids.has(entry.operation), entry.operation).toBe(true);
    expect('reason' in entry ? entry.reason : entry.docs, `${entry.operation} ${entry.field}`).toMatch(/\w{3,}.{20,}/);
  }
});
