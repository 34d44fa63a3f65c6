import { createLogger } from '../../src/logger';
import { createProviderRegistry } from '../../src/providers/registry';
import type { Simulator } from '../../src/simulator/server';
import { Writable } from 'node:stream';

/** Collects every log line a test produces, to scan for secrets. */
export function captureLogs(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  return { lines, stream };
}

export function registryFor(sim: Simulator, overrides: { timeoutMs?: number; retries?: number; allowPrivateSip?: boolean } = {}) {
  const logs = captureLogs();
  const log = createLogger('debug', logs.stream);
  const providers = createProviderRegistry(
    {
      baseUrls: sim.baseUrls,
      providerTimeoutMs: overrides.timeoutMs ?? 2_000,
      providerRetries: overrides.retries ?? 2,
      allowPrivateSip: overrides.allowPrivateSip ?? true,
      sipOptionsTimeoutMs: 1_000,
    },
    log,
  );
  return { providers, logs: logs.lines };
}
