import { credentialsFor, type Scenario, type SimProvider } from '../../src/simulator/accounts';
import type { Simulator } from '../../src/simulator/server';
import type { CredentialsInput } from '../generated/graphql';

const camel = (k: string) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** A seeded account's credentials as the GraphQL one-of input. */
export function gqlCredentials(sim: Simulator, provider: SimProvider, scenario: Scenario = 'valid', overrides: Record<string, string> = {}): CredentialsInput {
  const snake = { ...credentialsFor(sim.account(provider, scenario)), ...overrides };
  return { [provider]: Object.fromEntries(Object.entries(snake).map(([k, v]) => [camel(k), v])) } as unknown as CredentialsInput;
}

/** A seeded account's credentials as the REST body's `credentials`. */
export function restCredentials(sim: Simulator, provider: SimProvider, scenario: Scenario = 'valid'): Record<string, string> {
  return credentialsFor(sim.account(provider, scenario));
}
