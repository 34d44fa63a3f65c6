import { ShownOnce } from './ShownOnce';

export interface RevealedLink {
  label: string;
  url: string;
}

interface Props {
  revealed: RevealedLink;
  onDismiss: () => void;
}

/**
 * A new connect link's URL, shown once: only a hash of its token is stored, so the API never
 * returns it again. Dismissing it, or leaving the section, drops it from the page and from the
 * console's state.
 *
 * Its own words, not SigningSecret's: that box speaks of webhook signatures and rotation; this one
 * of a link to send, which expires.
 */
export function ConnectLinkUrl({ revealed, onDismiss }: Props) {
  return (
    <ShownOnce
      ids={{ heading: 'link-url-heading', note: 'link-url-note', value: 'connect-link-url' }}
      heading={`Link for ${revealed.label}`}
      note={
        <>
          <strong>Copy it now: it will not be shown again.</strong> Send it to whoever holds the carrier credentials. Anyone with the link can create one connection
          for your organization, so send it only to them.
        </>
      }
      valueLabel="Link"
      copyLabel="Copy link"
      what="the link"
      dismissLabel="I have sent it: hide the link"
      value={revealed.url}
      onDismiss={onDismiss}
    />
  );
}
