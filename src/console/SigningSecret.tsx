import { ShownOnce } from './ShownOnce';

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
  return (
    <ShownOnce
      ids={{ heading: 'secret-heading', note: 'secret-note', value: 'signing-secret' }}
      heading={`Signing secret of ${revealed.endpointLabel}`}
      note={
        <>
          <strong>Store it now: it will not be shown again.</strong> Your receiver verifies each delivery's <code>webhook-signature</code> with it (Standard Webhooks).
          {revealed.reason === 'rotated' && ' The previous secret keeps signing for 24 hours, so you can roll your receiver over without losing events.'}
        </>
      }
      valueLabel="Signing secret"
      copyLabel="Copy secret"
      what="the secret"
      dismissLabel="I have stored it: hide the secret"
      value={revealed.secret}
      onDismiss={onDismiss}
    />
  );
}
