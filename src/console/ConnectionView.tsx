import { AvailableNumbers } from './AvailableNumbers';
import { connectionStatusText } from './format';
import type { ConnectionCardFieldsFragment } from './generated/graphql';
import { PhoneNumbers } from './PhoneNumbers';

/** One connection: the numbers its account holds and the phone numbers imported from it, side by side. */
export function ConnectionView({ connection }: { connection: ConnectionCardFieldsFragment }) {
  return (
    <section class="panel" aria-labelledby="connection-heading">
      <div class="section-head">
        <h2 id="connection-heading">{connection.name}</h2>
        <span class={`badge status-${connection.status.toLowerCase()}`}>{connectionStatusText[connection.status]}</span>
      </div>
      {connection.status === 'ERROR' && connection.lastError && (
        <p role="alert" class="error">
          {connection.lastError.detail} Fix it at the provider, then retest, or rotate the credentials.
        </p>
      )}
      <AvailableNumbers key={`available-${connection.id}`} connectionId={connection.id} />
      <PhoneNumbers key={`numbers-${connection.id}`} connectionId={connection.id} />
    </section>
  );
}
