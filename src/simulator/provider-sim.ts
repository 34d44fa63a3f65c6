import type { SimAccount, SimProvider } from './accounts';
import type { SimReply, SimRequest } from './http';
import type { VonageApp } from './network';

export interface Authenticated {
  account: SimAccount;
  /** Twilio: authenticated with a Standard API key rather than the Auth Token. */
  viaKey: boolean;
  /** Vonage Voice: the application whose RS256 JWT authenticated the request. */
  vonageApp?: VonageApp;
}

/** One provider's wire format: how it authenticates, fails and answers its routes. */
export interface ProviderSim {
  provider: SimProvider;
  /** Maps the path below the provider's prefix to the provider's own path (SignalWire drops the space). */
  stripPrefix?: (path: string) => string | undefined;
  authenticate(req: SimRequest): Authenticated | undefined;
  unauthorized(req: SimRequest): SimReply;
  rateLimited(): SimReply;
  failing(): SimReply;
  route(auth: Authenticated, req: SimRequest, record: (params: Record<string, unknown>) => void): SimReply;
}
