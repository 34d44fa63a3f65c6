import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { credentialsFor, seedAccounts, seedOperatorAccounts, type SimAccount, type SimProvider } from './accounts';
import { simControl } from './control';
import { Network, type NetworkOptions } from './network';
import type { FailureMode } from './outcome';
import { parseBody, readRawBody, reply, send, type SimReply, type SimRequest } from './http';
import type { ProviderSim } from './provider-sim';
import { signalwireSim } from './signalwire';
import { telnyxSim } from './telnyx';
import { twilioSim } from './twilio';
import { vonageSim } from './vonage';
import { vonageCalls } from './vonage-calls';

export interface SimulatorOptions extends NetworkOptions {
  port?: number;
  host?: string;
  /** How long the `slow` accounts take to answer (longer than the client's timeout). */
  slowMs?: number;
  /** Retry-After sent with Vonage 429s. */
  retryAfterSeconds?: number;
  /** Sees every request that reached a provider prefix and the reply sent (contract tests record them). */
  onExchange?: ExchangeListener;
}

/** Which imitated API host a request reached: the URL prefix (Vonage has two hosts). */
export type SimHost = 'twilio' | 'telnyx' | 'signalwire' | 'vonage-rest' | 'vonage-api';

/** A request as it arrived, before any provider-specific rewriting. */
export interface ExchangeRequest {
  method: string;
  /** Path below the host prefix, as sent (SignalWire's starts with the Space). */
  path: string;
  query: URLSearchParams;
  headers: SimRequest['headers'];
  /** The body exactly as received. */
  rawBody: string;
}

export type ExchangeListener = (host: SimHost, request: ExchangeRequest, response: SimReply) => void;

/** A write the simulator received (routing updates, guided setup), for tests to assert on. */
export interface RecordedWrite {
  provider: SimProvider;
  account: string;
  method: string;
  path: string;
  params: Record<string, unknown>;
}

export interface Simulator {
  url: string;
  /** Base URLs to configure the gateway with (TWILIO_API_BASE_URL…). */
  baseUrls: { twilio: string; telnyx: string; signalwire: string; vonageRest: string; vonageApi: string };
  accounts: SimAccount[];
  writes: RecordedWrite[];
  /** Settable at any time; see SimulatorOptions.onExchange. */
  onExchange?: ExchangeListener;
  account(provider: SimProvider, scenario: SimAccount['scenario']): SimAccount;
  /** The platform operator's own account of each provider (the verification line): not among `accounts`. */
  operators: Record<SimProvider, SimAccount>;
  /** The telephone network: placed calls, webhooks sent, failure modes, SIP host map, trunk DID routes. */
  network: Network;
  /** Switches a failure mode on for a number (null switches it off); also POST /_sim/numbers/{e164}/failure. */
  setFailure(e164: string, mode: FailureMode | null): void;
  close(): Promise<void>;
}

/**
 * What the demo and the tests need to use an operator account as a verification line: its
 * credentials in the adapters' snake_case, the number, and what the provider signs webhooks with.
 */
export function operatorLine(sim: Simulator, provider: SimProvider) {
  const account = sim.operators[provider];
  return {
    provider,
    number: account.numbers[0]!.e164,
    credentials: credentialsFor(account),
    /** Twilio: the Auth Token; SignalWire: the Signing Key; Telnyx: the Ed25519 public key (base64); Vonage: the signature secret. */
    signingSecret: account.signing.secret,
  };
}

/**
 * A loopback imitation of the four providers' REST APIs, in their own wire formats, under one
 * port: /twilio, /telnyx, /signalwire/{space}, /vonage-rest and /vonage-api. Each seeded
 * scenario behaves as its name says (see accounts.ts). For tests, demos and offline use only.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const accounts = seedAccounts();
  const operatorAccounts = seedOperatorAccounts();
  const everyone = [...accounts, ...operatorAccounts];
  const network = new Network(everyone, options);
  const writes: RecordedWrite[] = [];
  const slowMs = options.slowMs ?? 15_000;
  const sims: Record<string, ProviderSim> = {
    twilio: twilioSim(everyone.filter((a) => a.provider === 'twilio'), network),
    telnyx: telnyxSim(everyone, network),
    signalwire: signalwireSim(everyone.filter((a) => a.provider === 'signalwire'), network),
    'vonage-rest': vonageSim(everyone, { host: 'rest', retryAfterSeconds: options.retryAfterSeconds ?? 1 }),
    'vonage-api': vonageSim(everyone, { host: 'api', retryAfterSeconds: options.retryAfterSeconds ?? 1, calls: vonageCalls(network) }),
  };
  const setFailure = (e164: string, mode: FailureMode | null) => (mode ? network.failures.set(e164, mode) : network.failures.delete(e164));
  const control = simControl(network, setFailure);

  const simulator = { onExchange: options.onExchange } as Simulator;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    if (url.pathname === '/_simulator/writes') return send(res, reply(200, writes));
    if (url.pathname.startsWith('/_sim/')) return send(res, control(req.method ?? 'GET', url.pathname, await readRawBody(req)));
    const [, prefix = '', ...rest] = url.pathname.split('/');
    const sim = Object.hasOwn(sims, prefix) ? sims[prefix] : undefined;
    const below = '/' + rest.join('/');
    const path = sim?.stripPrefix ? sim.stripPrefix(below) : below;
    if (!sim) return send(res, reply(404, { error: 'Not Found' }));
    const rawBody = await readRawBody(req);
    const sent = (r: SimReply) => {
      simulator.onExchange?.(prefix as SimHost, { method: req.method ?? 'GET', path: below, query: url.searchParams, headers: req.headers, rawBody }, r);
      send(res, r);
    };
    if (path === undefined) return sent(reply(404, { error: 'Not Found' }));
    const simReq: SimRequest = { method: req.method ?? 'GET', path, query: url.searchParams, headers: req.headers, body: parseBody(rawBody, req.headers['content-type']), rawBody };

    const auth = sim.authenticate(simReq);
    if (!auth) return sent(sim.unauthorized(simReq));
    const account = auth.account;
    account.requests++;
    switch (account.behavior) {
      case 'rate_limited':
        // Every other request is throttled: a client that backs off and retries gets through.
        if (account.requests % 2 === 1) return sent(sim.rateLimited());
        break;
      case 'failing':
        return sent(sim.failing());
      case 'reset':
        return req.socket.destroy();
      case 'garbage':
        return sent(reply(200, '{"data": [{"id": "1", "phone_number": "+1', undefined, 'application/json'));
      case 'slow': {
        // A client that gives up (our timeout, or its own caller going away) closes the socket.
        let gaveUp = false;
        res.once('close', () => {
          if (res.writableEnded) return;
          gaveUp = true;
          account.abandoned++;
        });
        await new Promise((r) => setTimeout(r, slowMs));
        if (gaveUp || res.destroyed) return;
        break;
      }
    }
    const record = (params: Record<string, unknown>) =>
      writes.push({ provider: sim.provider, account: account.id, method: simReq.method, path, params: { ...params } });
    sent(sim.route(auth, simReq, record));
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  Object.assign(simulator, {
    url,
    baseUrls: {
      twilio: `${url}/twilio`,
      telnyx: `${url}/telnyx`,
      signalwire: `${url}/signalwire/{space}`,
      vonageRest: `${url}/vonage-rest`,
      vonageApi: `${url}/vonage-api`,
    },
    accounts,
    writes,
    account(provider, scenario) {
      return accounts.find((a) => a.provider === provider && a.scenario === scenario)!;
    },
    operators: Object.fromEntries(operatorAccounts.map((a) => [a.provider, a])) as Record<SimProvider, SimAccount>,
    network,
    setFailure,
    close: () =>
      new Promise<void>((resolve) => {
        for (const call of network.calls.values()) call.abort.abort();
        network.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  } satisfies Omit<Simulator, 'onExchange'>);
  return simulator;
}
