import { useContext, useState } from 'preact/hooks';
import { apiError, fieldErrorsOf, requestFailure, useAction } from './api';
import type { ImportReport } from './ImportResults';
import { LiveContext } from './live';
import { ImportNumbersMutation } from './operations';

/** importNumbers for one connection: the report to show, or the sentence of what went wrong. */
export function useImport(connectionId: string) {
  const hub = useContext(LiveContext);
  const [importing, run] = useAction(ImportNumbersMutation);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string>();

  const importNumbers = async (numbers: string[]): Promise<boolean> => {
    const res = await run({ input: { connectionId, numbers } });
    if (!res) return false;
    setFailure(undefined);
    if (res.error || !res.data) {
      setFailure(requestFailure(res.error!));
      return false;
    }
    const out = res.data.importNumbers;
    const err = apiError(out);
    if (err) {
      setFailure([err.message, ...fieldErrorsOf(err).map((f) => `${f.path} ${f.message}`)].join(' '));
      return false;
    }
    if (out.__typename !== 'ImportNumbersPayload') return false;
    setReport(out.report);
    // This tab shows its own imports at once; the live events that follow say the same.
    for (const r of out.report.results) if (r.phoneNumber) hub.emit('phoneNumber', r.phoneNumber);
    return true;
  };

  return { importing, report, failure, importNumbers };
}
