import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Tests that cannot drift: none sleeps and then asserts (a pause is a guess about how fast the
 * machine is; tests wait for a positive signal through test/support/wait.ts, or move the injected
 * clock), none compares a measured duration, and none reaches the REST shim except over HTTP.
 * A new exception goes in ALLOWED with its reason.
 */
const ROOT = join(import.meta.dirname, '..');

const RULES = {
  /** A timer in a test: a sleep, unless it is a start-up deadline that rejects. */
  timer: { pattern: /\bset(?:Timeout|Interval)\((?!\s*\(\)\s*=>\s*reject\()/, advice: 'wait for a positive signal (test/support/wait.ts) or move the injected clock' },
  /** A helper that sleeps. */
  sleep: { pattern: /\b(?:sleep|delay)\(/, advice: 'wait for a positive signal (test/support/wait.ts) or move the injected clock' },
  /** A duration measured on the wall clock. */
  duration: { pattern: /\b(?:Date|performance)\.now\(\)\s*-/, advice: 'assert what happened (attempts, pauses chosen, a signal), not how long it took' },
  /**
   * The REST shim's insides (its generated operations, handlers, router, presenters) instead of
   * its routes over HTTP or the tests' own documents (test/operations). Its route table, schemas
   * and OpenAPI document are its published contract, which tests check answers against.
   */
  restShim: {
    pattern: /src\/rest\/(?:generated|handler|door|router|operations|presenters|body|route)\b/,
    advice: 'reach /v1 over HTTP (test/support/harness.ts), or add the document to test/operations',
  },
} satisfies Record<string, { pattern: RegExp; advice: string }>;

type Rule = keyof typeof RULES;

/** Files (relative to the repository) allowed a rule, each with its reason. */
const ALLOWED: Record<string, { rules: Rule[]; reason: string }> = {
  'test/support/wait.ts': { rules: ['timer'], reason: 'the one home of polling: a short pause between looks at a positive signal, and a deadline against a hang' },
  'test/test-hygiene.test.ts': { rules: ['timer', 'sleep', 'duration', 'restShim'], reason: 'states the rules' },
  'test/crash-safety.ts': { rules: ['timer'], reason: 'a fault-injection program (npm run test:crash), not a test: it kills the gateway at random moments' },
  'test/faults/postgres-restart.ts': {
    rules: ['timer', 'duration'],
    reason: 'a fault-injection program (npm run faults:postgres), not a test: it holds PostgreSQL down for a while and measures the slowest answer the README quotes',
  },
  'test/deploy/start-time.mjs': { rules: ['sleep', 'duration'], reason: 'a measurement program, not a test: how long `trunkline serve` takes to answer, for the README' },
};

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // Generated types and fixtures hold no test code.
      if (!['generated', 'fixtures', 'node_modules'].includes(entry.name)) yield* sources(path);
    } else if (/\.(?:ts|mts|mjs)$/.test(entry.name)) {
      yield relative(ROOT, path);
    }
  }
}

/** Every line of a test file that breaks `rule` and is not allowed it: `file:line: text`. */
function offences(rule: Rule): string[] {
  const found: string[] = [];
  for (const file of sources(join(ROOT, 'test'))) {
    if (ALLOWED[file]?.rules.includes(rule)) continue;
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (RULES[rule].pattern.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  return found;
}

describe('test hygiene', () => {
  it.each(Object.keys(RULES) as Rule[])('no test breaks the %s rule', (rule) => {
    expect(offences(rule), RULES[rule].advice).toEqual([]);
  });

  it('allows no exception for a file that no longer needs it', () => {
    const stale = Object.entries(ALLOWED).flatMap(([file, { rules }]) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return rules.filter((rule) => file !== 'test/test-hygiene.test.ts' && !RULES[rule].pattern.test(text)).map((rule) => `${file}: ${rule}`);
    });
    expect(stale).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    const breaks = (rule: Rule, line: string) => RULES[rule].pattern.test(line);
    expect(breaks('timer', 'await new Promise((r) => setTimeout(r, 200));')).toBe(true);
    expect(breaks('timer', 'setTimeout(() => { socket.destroy(); resolve(); }, 50);')).toBe(true);
    expect(breaks('timer', "const timer = setTimeout(() => reject(new Error('did not start')), 30_000);")).toBe(false);
    expect(breaks('sleep', 'await sleep(100);')).toBe(true);
    expect(breaks('duration', 'expect(Date.now() - started).toBeLessThan(500);')).toBe(true);
    expect(breaks('duration', 'const since = new Date(Date.now() + 3_600_000);')).toBe(false);
    expect(breaks('restShim', "import { TestCredentialsDocument } from '../src/rest/generated/graphql';")).toBe(true);
    expect(breaks('restShim', "import { sipConfigJson } from '../../src/rest/presenters';")).toBe(true);
    expect(breaks('restShim', "import { routes } from '../../src/rest/routes/index';")).toBe(false);
  });
});
