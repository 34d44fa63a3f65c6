import { catalogEntry, ERROR_CATALOG_PATH } from '../domain/error-catalog';
import { checkStatusText } from './format';
import type { CheckFieldsFragment, TestReportFieldsFragment } from './generated/graphql';

const CHECKS = [
  ['credentialsValid', 'Credentials'],
  ['inboundReachable', 'Inbound'],
  ['outboundAuthorized', 'Outbound'],
] as const;

/** Each check of a credentials test with its status and detail, and on a fail, what to fix. */
export function TestReport({ report, stale }: { report: TestReportFieldsFragment; stale: boolean }) {
  const passed = report.status === 'PASS';
  return (
    <section class={`report ${passed ? 'pass' : 'fail'}`} aria-labelledby="test-result">
      <div role="status">
        <h3 id="test-result">{passed ? 'Test passed' : 'Test failed'}</h3>
      </div>
      {stale && <p class="notice">The fields changed since this test: test again before going on.</p>}
      <ul class="checks" aria-label="Checks">
        {CHECKS.map(([key, label]) => (
          <CheckLine key={key} label={label} check={report.checks[key]} />
        ))}
      </ul>
      {report.failures.length > 0 && (
        <div role="alert">
          <h4>What to fix</h4>
          <ul class="failures">
            {report.failures.map((f) => (
              <li key={f.code}>
                <code>{f.code}</code> {f.detail} <FixFor code={f.code} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function CheckLine({ label, check }: { label: string; check: CheckFieldsFragment }) {
  return (
    <li aria-label={`${label}: ${checkStatusText[check.status]}`}>
      <span class="check-name">{label}</span>
      <span class={`badge check-${check.status.toLowerCase()}`}>{checkStatusText[check.status]}</span>
      <span class="check-detail">{check.detail}</span>
    </li>
  );
}

/**
 * What to do about a failed check: the error catalog's text for its code, the same the API's
 * /docs/errors page shows, with a link there. A code the catalog lacks shows only the detail.
 */
function FixFor({ code }: { code: string }) {
  const entry = catalogEntry(code);
  if (!entry) return null;
  return (
    <>
      {entry.fix}{' '}
      <a href={`${ERROR_CATALOG_PATH}#${encodeURIComponent(code)}`} target="_blank" rel="noopener noreferrer">
        More about <code>{code}</code>
      </a>
    </>
  );
}
