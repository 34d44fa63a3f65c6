import { randomUUID } from 'node:crypto';
import { evidenceRepository } from '../db/repositories/evidence';
import { CHECK_NAMES, CredentialsRejectedError, fail, rejectedOutcome, type CheckName, type Checks, type TestOutcome } from '../providers/types';
import type { CallOptions } from '../providers/http-client';
import { fingerprint, type CredentialsInput, type ParsedCredentials } from './credentials';
import { parseConnectionInput } from './connection-input';
import { checkLinkProvider } from './connect-links';
import { recordChecks } from '../observability/metrics';
import type { Deps, Principal } from './deps';

export interface TestFailure {
  check: CheckName;
  code: string;
  detail: string;
}

export interface CredentialTestReport {
  status: 'pass' | 'fail';
  checks: Checks;
  failures: TestFailure[];
  suggestedConnectionName: string;
  accountName: string | null;
  verificationEvidenceId: string | null;
  evidenceExpiresAt: string | null;
}

export function failuresOf(checks: Checks): TestFailure[] {
  return CHECK_NAMES.filter((c) => checks[c].status === 'fail').map((c) => ({ check: c, code: checks[c].code, detail: checks[c].detail }));
}

/** Runs the provider's checks on parsed credentials. Throws ProviderUnavailableError if it cannot be reached. */
export async function runChecks(parsed: ParsedCredentials, opts?: CallOptions, kind: 'test' | 'suggest' | 'retest' | 'recheck' = 'test') {
  let outcome: TestOutcome;
  try {
    outcome = await parsed.adapter.test(parsed.credentials, parsed.sipConfig, opts);
  } catch (err) {
    // A later call of the test refused the credentials (a key without some permission): a verdict, not an outage.
    if (!(err instanceof CredentialsRejectedError)) throw err;
    outcome = rejectedOutcome(parsed.adapter.displayName, fail('credentials_rejected', err.detail));
  }
  recordChecks(kind, parsed.provider, outcome.checks);
  return { outcome, failures: failuresOf(outcome.checks) };
}

/**
 * Tests raw credentials against the provider. On a pass, issues single-use evidence bound to the
 * organization, the provider and a keyed fingerprint of the credentials; nothing else is stored.
 */
export async function testCredentials(
  deps: Deps,
  principal: Principal,
  input: CredentialsInput & { setupMethod?: string | null },
  opts?: CallOptions,
): Promise<CredentialTestReport> {
  // The same rule create and rotation apply: a shape they would refuse is refused here first.
  const parsed = parseConnectionInput(deps, input);
  checkLinkProvider(principal, parsed.provider);
  const { outcome, failures } = await runChecks(parsed, opts);
  const report: CredentialTestReport = {
    status: failures.length === 0 ? 'pass' : 'fail',
    checks: outcome.checks,
    failures,
    suggestedConnectionName: outcome.suggestedName,
    accountName: outcome.accountName,
    verificationEvidenceId: null,
    evidenceExpiresAt: null,
  };
  if (report.status === 'fail') return report;

  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.evidenceTtlSeconds * 1000).toISOString();
  const id = randomUUID();
  const repo = evidenceRepository(deps.db);
  await repo.insert({
    id,
    organizationId: principal.organizationId,
    provider: parsed.provider,
    fingerprint: fingerprint(deps.keyRing, principal.organizationId, parsed),
    suggestedName: outcome.suggestedName,
    accountName: outcome.accountName,
    testedAt: now.toISOString(),
    expiresAt,
  });
  await repo.purgeExpired(new Date(now.getTime() - 86_400_000).toISOString());
  return { ...report, verificationEvidenceId: id, evidenceExpiresAt: expiresAt };
}

/** The provider's display name for the credentials, without issuing evidence. */
export async function suggestConnectionName(deps: Deps, principal: Principal, input: CredentialsInput, opts?: CallOptions) {
  const parsed = parseConnectionInput(deps, input);
  checkLinkProvider(principal, parsed.provider);
  const { outcome, failures } = await runChecks(parsed, opts, 'suggest');
  return { suggestedName: outcome.suggestedName, accountName: outcome.accountName, failures };
}
