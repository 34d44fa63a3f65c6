import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CATALOG } from '../src/domain/error-catalog';
import { startHarness, type Harness } from './support/harness';

/**
 * The error catalog (src/domain/error-catalog.ts) explains every code the code base can emit,
 * and nothing else. Codes are found statically, where the code base makes them, so a new code
 * fails this test until it is explained:
 * - `problem(4xx, 'code', …)`: REST and listener problems;
 * - `pass|fail|notApplicable('code', …)`: check results (providers, verification);
 * - `new ConflictError|ProviderRejectedError|EvidenceError|AuthenticationError|DomainError('code', …)`
 *   and `super('code', …)`: domain errors (ProviderUnavailableError's first argument is the
 *   provider's name, not a code: its code is in its own `super`);
 * - `code: 'code'`: GraphQL `extensions`, stored `lastError`s, hand-made check results
 *   (not zod's `ctx.addIssue({ code: 'custom' })`, which is zod's own issue kind);
 * - `FAILED(n, 'code')` and the `code` enums of src/rest/schemas.ts: import results;
 * - `deliveryError('code', …)`: the `error` of a webhook delivery attempt.
 * The console, the generated files and the provider simulator are not the gateway's answers.
 */
const SRC = join(import.meta.dirname, '..', 'src');
const SKIP = /^(?:console|generated|simulator)$/;
const CATALOG = join(SRC, 'domain', 'error-catalog.ts');
const CODE = "'([a-z][a-z0-9_]*)'";
const PATTERNS = [
  new RegExp(`\\bproblem\\(\\s*\\d{3}\\s*,\\s*${CODE}`, 'g'),
  new RegExp(`\\b(?:pass|fail|notApplicable)\\(\\s*${CODE}`, 'g'),
  new RegExp(`\\bnew\\s+(?:Conflict|ProviderRejected|Evidence|Authentication|Domain)Error\\(\\s*${CODE}`, 'g'),
  new RegExp(`\\bsuper\\(\\s*${CODE}`, 'g'),
  new RegExp(`(?<!addIssue\\(\\{\\s*)\\bcode\\s*:\\s*${CODE}`, 'g'),
  new RegExp(`\\bFAILED\\(\\s*\\w+\\s*,\\s*${CODE}`, 'g'),
  // Test calls: a provider's refusal to place a call, and a call check that could not run.
  new RegExp(`\\bnew\\s+CallRefusedError\\(\\s*${CODE}`, 'g'),
  new RegExp(`\\b(?:refusal|notChecked)\\(\\s*${CODE}`, 'g'),
  // Webhook deliveries: the `error` of an attempt (src/outbound/webhook-post.ts).
  new RegExp(`\\bdeliveryError\\(\\s*${CODE}`, 'g'),
];
/** A code made from a variable cannot be seen here: check helpers take literal codes only. */
const NON_LITERAL_CHECK = /\b(?:pass|fail|notApplicable)\(\s*(?!['\s)])([^,]*),/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP.test(name) ? [] : sourceFiles(path);
    // The catalog names every code itself: counting it would let an entry emit its own code.
    return /\.tsx?$/.test(name) && path !== CATALOG ? [path] : [];
  });
}

/** Every code the code base emits → the files that emit it. */
function emittedCodes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (code: string, file: string) => found.set(code, [...new Set([...(found.get(code) ?? []), relative(SRC, file)])]);
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of PATTERNS) for (const m of text.matchAll(pattern)) add(m[1]!, file);
  }
  // The refusal codes are the keys of one table, each with its sentence and fix.
  const refusals = join(SRC, 'providers', 'call-refusals.ts');
  for (const m of readFileSync(refusals, 'utf8').matchAll(/^ {2}([a-z][a-z0-9_]*): \{$/gm)) add(m[1]!, refusals);
  const schemas = join(SRC, 'rest', 'schemas.ts');
  for (const m of readFileSync(schemas, 'utf8').matchAll(/\bcode:\s*z\s*\.enum\(\[([^\]]*)\]/g)) {
    for (const c of m[1]!.matchAll(/'([a-z][a-z0-9_]*)'/g)) add(c[1]!, schemas);
  }
  return found;
}

describe('the error catalog', () => {
  const emitted = emittedCodes();
  const catalogued = new Map(ERROR_CATALOG.map((e) => [e.code, e]));

  it('finds the codes where they are made (the scan itself works)', () => {
    for (const code of ['validation_failed', 'not_found', 'credentials_rejected', 'sip_auth_required', 'not_challenged', 'invalid_number', 'number_limit_reached', 'stream_limit_reached', 'api_key_limit_reached', 'idempotency_replay_unavailable', 'credentials_untested_destination', 'inbound_routed', 'address_refused']) {
      expect(emitted.has(code), code).toBe(true);
    }
    expect(emitted.has('custom')).toBe(false);
  });

  it('explains every code the code base can emit', () => {
    const missing = [...emitted].filter(([code]) => !catalogued.has(code)).map(([code, files]) => `${code} (${files.join(', ')})`);
    expect(missing, 'add these to src/domain/error-catalog.ts').toEqual([]);
  });

  it('holds no code that nothing emits any more', () => {
    expect(ERROR_CATALOG.map((e) => e.code).filter((code) => !emitted.has(code)), 'remove these from src/domain/error-catalog.ts, or emit them').toEqual([]);
  });

  it('makes check codes from literals only, so this scan sees them', () => {
    const dynamic = sourceFiles(SRC).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(NON_LITERAL_CHECK)].map((m) => `${relative(SRC, file)}: ${m[0]}`));
    expect(dynamic).toEqual([]);
  });

  it('has one entry per code, each with a meaning and what to do', () => {
    expect(ERROR_CATALOG.length).toBe(catalogued.size);
    for (const e of ERROR_CATALOG) {
      expect(e.code, e.code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(e.meaning.length, e.code).toBeGreaterThan(10);
      expect(e.fix.length, e.code).toBeGreaterThan(5);
      expect(e.surfaces.length, e.code).toBeGreaterThan(0);
      if (e.status !== undefined) expect(e.status, e.code).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('GET /docs/errors', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('is an HTML page with a section anchored at each code, and no script', async () => {
    const res = await h.fetch('/docs/errors');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    for (const { code, fix } of ERROR_CATALOG) {
      expect(html, code).toContain(`<section id="${code}">`);
      expect(html, code).toContain(`href="#${code}"`);
      // The same words the console shows under "What to fix" (HTML-escaped, backticks as <code>).
      expect(html, code).toContain(fix.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/`([^`]+)`/g, '<code>$1</code>'));
    }
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('href="/docs/errors.css"');
    const css = await h.fetch('/docs/errors.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('is also JSON at /docs/errors.json', async () => {
    const res = await h.fetch('/docs/errors.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(((await res.json()) as { codes: { code: string }[] }).codes.map((e) => e.code)).toEqual(ERROR_CATALOG.map((e) => e.code));
  });

  it('is linked from the OpenAPI document: its description and the Problem and Check codes', async () => {
    const doc = (await h.rest('GET', '/v1/openapi.json', undefined, { key: null })).body;
    expect(doc.info.description).toContain('](/docs/errors)');
    expect(doc.components.schemas.Problem.properties.code.description).toContain('/docs/errors');
    expect(doc.components.schemas.Check.properties.code.description).toContain('/docs/errors');
  });

  it('serves nothing else under /docs/errors', async () => {
    for (const path of ['/docs/errors/x', '/docs/errors.html', '/docs/errorsx']) expect((await h.fetch(path)).status, path).toBe(404);
  });
});
