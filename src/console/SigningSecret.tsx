import { useEffect, useRef, useState } from 'preact/hooks';

export interface RevealedSecret {
  endpointLabel: string;
  secret: string;
  /** Why it is shown: a new endpoint, or a rotation (the previous secret signs 24 h more). */
  reason: 'created' | 'rotated';
}

interface Props {
  revealed: RevealedSecret;
  onDismiss: () => void;
}

/**
 * The signing secret, shown once: the API never returns it again. Dismissing it drops it from the
 * page and from the console's state (the parent forgets it), so nothing can show it afterwards.
 */
export function SigningSecret({ revealed, onDismiss }: Props) {
  const [copied, setCopied] = useState<{ ok: boolean; text: string }>();
  const box = useRef<HTMLElement>(null);
  // Focus moves to the box so a keyboard or screen reader user lands on the secret at once.
  useEffect(() => box.current?.focus(), [revealed]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(revealed.secret);
      setCopied({ ok: true, text: 'Copied to the clipboard.' });
    } catch {
      setCopied({ ok: false, text: 'The browser refused to copy: select the secret and copy it yourself.' });
    }
  };

  return (
    <section ref={box} tabIndex={-1} class="panel secret-box" role="region" aria-labelledby="secret-heading" aria-describedby="secret-note">
      <h2 id="secret-heading">Signing secret of {revealed.endpointLabel}</h2>
      <p id="secret-note" class="notice">
        <strong>Store it now: it will not be shown again.</strong> Your receiver verifies each delivery's <code>webhook-signature</code> with it (Standard Webhooks).
        {revealed.reason === 'rotated' && ' The previous secret keeps signing for 24 hours, so you can roll your receiver over without losing events.'}
      </p>
      <label for="signing-secret" class="field-label">
        Signing secret
      </label>
      <div class="secret">
        {/* Read-only text, not a password field: it is meant to be read, selected and copied now. */}
        <input id="signing-secret" class="secret-value" type="text" readOnly value={revealed.secret} spellcheck={false} autocomplete="off" onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy}>
          Copy secret
        </button>
      </div>
      <p role={copied?.ok === false ? 'alert' : 'status'} class={copied?.ok === false ? 'error' : 'hint'}>
        {copied?.text}
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={onDismiss}>
          I have stored it: hide the secret
        </button>
      </div>
    </section>
  );
}
