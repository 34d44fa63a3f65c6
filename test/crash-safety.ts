/**
 * Crash safety, end to end: the gateway runs on a SQLite file while clients create connections,
 * import numbers and release them; it is killed with SIGKILL at random moments (50 times) and
 * restarted. After every kill: every acknowledged write is present, nothing unacknowledged is
 * half-present, every connection's count of numbers matches its rows, and PRAGMA
 * integrity_check is ok. Run by CI (`npm run test:crash`); exits non-zero on failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import SQLite from 'better-sqlite3';
import { startSimulator, type Simulator } from '../src/simulator/server';
import { credentialsFor } from '../src/simulator/accounts';

const KILLS = Number(process.env.CRASH_KILLS ?? 50);
const KEY = 'sk_live_crashsafety_0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'trunkline-crash-'));
const dbFile = join(dir, 'crash.db');

interface Acked {
  connections: Set<number>;
  numbers: Set<string>;
}

function startGateway(sim: Simulator): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_URL: `sqlite:${dbFile}`,
      TRUNKLINE_SECRET_KEYS: `crash:${Buffer.alloc(32, 9).toString('base64')}`,
      TRUNKLINE_BOOTSTRAP_API_KEY: KEY,
      TWILIO_API_BASE_URL: sim.baseUrls.twilio,
      VONAGE_REST_BASE_URL: sim.baseUrls.vonageRest,
      VONAGE_API_BASE_URL: sim.baseUrls.vonageApi,
      RATE_LIMIT_PER_MINUTE: '1000000',
      PROVIDER_RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`gateway exited before listening (${code})`));
    const timer = setTimeout(() => reject(new Error('gateway did not start')), 30_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.includes('Trunkline is listening')) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve({ child, url: JSON.parse(line).url as string });
    });
    child.once('exit', onExit);
  });
}

async function call(url: string, method: string, path: string, body?: unknown) {
  const res = await fetch(url + path, {
    method,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** One client: test → create → import, recording only what the server acknowledged. */
async function client(url: string, sim: Simulator, acked: Acked, stop: () => boolean, worker: number) {
  const account = sim.account(worker % 2 ? 'twilio' : 'vonage', 'big');
  const provider = account.provider;
  const credentials = credentialsFor(account);
  let n = worker * 97;
  while (!stop()) {
    const test = await call(url, 'POST', '/v1/voip-connections/test', { provider, credentials });
    const created = await call(url, 'POST', '/v1/voip-connections', { provider, credentials, verification_evidence_id: test.body.verification_evidence_id });
    if (created.status !== 201) throw new Error(`create answered ${created.status}`);
    acked.connections.add(created.body.id);
    const numbers = Array.from({ length: 5 }, () => account.numbers[n++ % account.numbers.length]!.e164);
    const imported = await call(url, 'POST', `/v1/voip-connections/${created.body.id}/import-numbers`, { numbers });
    for (const r of imported.body.results ?? []) if (r.outcome !== 'failed') acked.numbers.add(r.number);
  }
}

/** Imports a small account's numbers on its own connection and releases them again, in a loop. */
async function releaser(url: string, sim: Simulator, stop: () => boolean) {
  const account = sim.account('twilio', 'valid');
  const credentials = credentialsFor(account);
  const test = await call(url, 'POST', '/v1/voip-connections/test', { provider: 'twilio', credentials });
  const created = await call(url, 'POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id });
  while (!stop()) {
    const imported = await call(url, 'POST', `/v1/voip-connections/${created.body.id}/import-numbers`, { numbers: account.numbers.map((n) => n.e164) });
    for (const r of imported.body.results ?? []) if (r.phone_number) await call(url, 'DELETE', `/v1/phone-numbers/${r.phone_number.id}`);
  }
}

function check(acked: Acked): string[] {
  const db = new SQLite(dbFile, { readonly: true });
  try {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
    const connections = new Set((db.prepare('select id from voip_connections').all() as { id: number }[]).map((r) => r.id));
    for (const id of acked.connections) if (!connections.has(id)) problems.push(`acknowledged connection ${id} is missing`);
    const unsealed = db.prepare("select count(*) as n from voip_connections where credentials_sealed = ''").get() as { n: number };
    if (unsealed.n > 0) problems.push(`${unsealed.n} connections without sealed credentials (half-written)`);
    const consumed = db.prepare('select count(*) as n from verification_evidence where consumed_at is not null').get() as { n: number };
    if (consumed.n !== connections.size) problems.push(`${consumed.n} evidence consumed but ${connections.size} connections (half-written)`);
    const held = new Set((db.prepare("select number from phone_numbers where status <> 'released'").all() as { number: string }[]).map((r) => r.number));
    for (const number of acked.numbers) if (!held.has(number)) problems.push(`acknowledged number ${number} is missing`);
    const orphans = db.prepare('select count(*) as n from phone_numbers where voip_connection_id is not null and voip_connection_id not in (select id from voip_connections)').get() as { n: number };
    if (orphans.n > 0) problems.push(`${orphans.n} numbers point at missing connections`);
    const miscounted = db
      .prepare(
        `select c.id, c.numbers_imported as kept, (select count(*) from phone_numbers p where p.voip_connection_id = c.id and p.status <> 'released') as actual
         from voip_connections c where c.numbers_imported <> (select count(*) from phone_numbers p where p.voip_connection_id = c.id and p.status <> 'released')`,
      )
      .all() as { id: number; kept: number; actual: number }[];
    for (const m of miscounted) problems.push(`connection ${m.id} counts ${m.kept} numbers but holds ${m.actual}`);
    return problems;
  } finally {
    db.close();
  }
}

async function main() {
  const sim = await startSimulator();
  const acked: Acked = { connections: new Set(), numbers: new Set() };
  let failures = 0;
  try {
    for (let round = 1; round <= KILLS; round++) {
      const { child, url } = await startGateway(sim);
      let stopped = false;
      const clients = [0, 1, 2].map((w) => client(url, sim, acked, () => stopped, w + round * 3).catch(() => undefined));
      clients.push(releaser(url, sim, () => stopped).catch(() => undefined));
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 400));
      child.kill('SIGKILL');
      stopped = true;
      await new Promise((r) => child.once('exit', r));
      await Promise.all(clients);
      const problems = check(acked);
      if (problems.length > 0) {
        failures++;
        console.error(`round ${round}: ${problems.join('; ')}`);
      }
    }
  } finally {
    await sim.close();
  }
  console.log(`crash safety: ${KILLS} SIGKILLs, ${acked.connections.size} acknowledged connections, ${acked.numbers.size} acknowledged numbers`);
  console.log(`${KILLS - failures} passed, ${failures} failed`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(failures === 0 ? 0 : 1);
}

void main();
