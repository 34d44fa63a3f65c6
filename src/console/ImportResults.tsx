import { importFailureText } from './format';
import type { ConsoleImportNumbersMutation } from './generated/graphql';

export type ImportReport = Extract<ConsoleImportNumbersMutation['importNumbers'], { __typename: 'ImportNumbersPayload' }>['report'];

const OUTCOME = { IMPORTED: 'imported', ALREADY_IMPORTED: 'already imported', FAILED: 'failed' } as const;

/** One line per number of an import: imported, already imported, or failed with the reason. */
export function ImportResults({ report }: { report: ImportReport }) {
  return (
    <section class="import-results" aria-labelledby="import-results-heading">
      <div role="status">
        <h4 id="import-results-heading">
          Import: {report.imported} imported, {report.alreadyImported} already imported, {report.failed} failed
        </h4>
      </div>
      <ul aria-label="Import results">
        {report.results.map((r) => (
          <li key={r.number} class={`outcome-${r.outcome.toLowerCase()}`}>
            {r.number}: {OUTCOME[r.outcome]}
            {r.outcome === 'FAILED' && `: ${(r.code && importFailureText[r.code]) ?? r.code ?? 'unknown reason'}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What an import came to: the sentence of a failed call, or the result per number. */
export function ImportOutcome({ failure, report }: { failure?: string; report: ImportReport | null }) {
  return (
    <>
      {failure && (
        <p role="alert" class="error">
          {failure}
        </p>
      )}
      {report && <ImportResults report={report} />}
    </>
  );
}
