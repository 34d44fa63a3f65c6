import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** The ids of the heading, the note and the read-only input: the box's accessible names hang on them. */
  ids: { heading: string; note: string; value: string };
  heading: ComponentChildren;
  note: ComponentChildren;
  /** The input's label and the copy button's text (`Signing secret`, `Copy secret`). */
  valueLabel: string;
  copyLabel: string;
  /** What the user selects and copies by hand when the browser refuses (`the secret`, `the link`). */
  what: string;
  dismissLabel: string;
  value: string;
  onDismiss: () => void;
}

/**
 * A value the API returns once (a signing secret, a connect link's URL): shown with a copy button
 * until dismissed. The parent holds the value and forgets it on dismissal, so nothing can show it
 * afterwards; each caller says in its own words what it is and what to do with it.
 */
export function ShownOnce({ ids, heading, note, valueLabel, copyLabel, what, dismissLabel, value, onDismiss }: Props) {
  const [copied, setCopied] = useState<{ ok: boolean; text: string }>();
  const box = useRef<HTMLElement>(null);
  // Focus moves to the box so a keyboard or screen reader user lands on the value at once.
  useEffect(() => box.current?.focus(), [value]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied({ ok: true, text: 'Copied to the clipboard.' });
    } catch {
      setCopied({ ok: false, text: `The browser refused to copy: select ${what} and copy it yourself.` });
    }
  };

  return (
    <section ref={box} tabIndex={-1} class="panel secret-box" role="region" aria-labelledby={ids.heading} aria-describedby={ids.note}>
      <h2 id={ids.heading}>{heading}</h2>
      <p id={ids.note} class="notice">
        {note}
      </p>
      <label for={ids.value} class="field-label">
        {valueLabel}
      </label>
      <div class="secret">
        {/* Read-only text, not a password field: it is meant to be read, selected and copied now. */}
        <input id={ids.value} class="secret-value" type="text" readOnly value={value} spellcheck={false} autocomplete="off" onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy}>
          {copyLabel}
        </button>
      </div>
      <p role={copied?.ok === false ? 'alert' : 'status'} class={copied?.ok === false ? 'error' : 'hint'}>
        {copied?.text}
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={onDismiss}>
          {dismissLabel}
        </button>
      </div>
    </section>
  );
}
