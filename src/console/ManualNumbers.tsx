import { useState } from 'preact/hooks';
import { ImportOutcome } from './ImportResults';
import { useImport } from './useImport';

/** A SIP trunk has no inventory to list: the person types the numbers the trunk carries. */
export function ManualNumbers({ connectionId }: { connectionId: string }) {
  const [text, setText] = useState('');
  const { importing, report, failure, importNumbers } = useImport(connectionId);
  const numbers = text.split(/[\s,;]+/).filter(Boolean);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (numbers.length > 0 && (await importNumbers(numbers))) setText('');
  };

  return (
    <section class="available" aria-labelledby="manual-heading">
      <h3 id="manual-heading">Numbers on this trunk</h3>
      <form onSubmit={submit}>
        <div class="field">
          <label for="manual-numbers">Numbers to import</label>
          <textarea id="manual-numbers" rows={4} value={text} placeholder="+14155550100" aria-describedby="manual-hint" onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
          <p id="manual-hint" class="hint">
            A SIP trunk has no number inventory to list: enter its numbers in E.164, one per line or separated by commas.
          </p>
        </div>
        <button type="submit" class="primary" disabled={numbers.length === 0 || importing}>
          {importing ? 'Importing…' : 'Import numbers'}
        </button>
      </form>
      <ImportOutcome failure={failure} report={report} />
    </section>
  );
}
