import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';

const CANARY = 'CANARY-log-7f3a9c';

function capture() {
  const lines: string[] = [];
  const log = createLogger('debug', { write: (line: string) => void lines.push(line) });
  return { log, lines, text: () => lines.join('') };
}

describe('the logger censors secrets by key name, whatever carries them', () => {
  it('at the top, nested, in arrays, in errors and in a child logger’s bindings', () => {
    const { log, text, lines } = capture();
    log.info({ authorization: `Bearer ${CANARY}`, input: { credentials: { auth_token: CANARY } }, list: [{ token: CANARY }, { nested: [{ password: CANARY }] }] }, 'careless');
    log.info({ a: { b: { c: { d: { e: { f: { apiSecret: CANARY } } } } } } }, 'deep');
    const err = Object.assign(new Error('provider said no'), { key: CANARY });
    log.error({ err }, 'failed');
    log.child({ secret: CANARY, requestId: 'r-1' }).info({ cookie: CANARY }, 'child');
    expect(lines).toHaveLength(4);
    expect(text()).not.toContain(CANARY);
    const [careless, deep, failed, child] = lines.map((l) => JSON.parse(l));
    expect(careless).toMatchObject({ authorization: '[redacted]', input: { credentials: '[redacted]' }, list: [{ token: '[redacted]' }, { nested: [{ password: '[redacted]' }] }] });
    expect(deep.a.b.c.d.e.f.apiSecret).toBe('[redacted]');
    expect(failed.err).toMatchObject({ message: 'provider said no', key: '[redacted]' });
    expect(child).toMatchObject({ secret: '[redacted]', requestId: 'r-1', cookie: '[redacted]' });
  });

  it('censors what is nested deeper than it walks, whole', () => {
    const { log, text } = capture();
    let value: Record<string, unknown> = { password: CANARY };
    for (let i = 0; i < 20; i++) value = { next: value };
    log.info({ value }, 'very deep');
    expect(text()).not.toContain(CANARY);
    expect(text()).toContain('[redacted]');
  });

  it('leaves everything else as it was, and the logged object untouched', () => {
    const { log, lines } = capture();
    const fields = { requestId: 'r-2', method: 'GET', path: '/v1/phone-numbers', status: 200, ms: 3, nested: { provider: 'twilio', count: 2 } };
    const logged = { ...fields, input: { password: CANARY } };
    log.info(logged, 'request');
    expect(JSON.parse(lines[0]!)).toMatchObject({ ...fields, input: { password: '[redacted]' }, msg: 'request' });
    expect(logged.input.password).toBe(CANARY);
  });
});
