import { AvailableNumbers } from './AvailableNumbers';
import { connectionStatusText } from './format';
import type { ConnectionCardFieldsFragment } from './generated/graphql';
import { usePermissions } from './permissions';
import { PhoneNumbers } from './PhoneNumbers';

/** One connection: the numbers its account holds and the phone numbers imported from it, side by side. */
export function ConnectionView({ connection }: { connection: ConnectionCardFieldsFragment }) {
  const { can } = usePermissions();
  return (
    <section class="panel" aria-labelledby="connection-heading">
      <div class="section-head">
        <h2 id="connection-heading">{connection.name}</h2>
        <span class={`badge status-${connection.status.toLowerCase()}`}>{connectionStatusText[connection.status]}</span>
      </div>
      {connection.status === 'ERROR' && connection.lastError && (
        <p role="alert" class="error">
          {connection.lastError.detail} Fix it at the provider{can('retestConnection') ? ', then retest, or rotate the credentials.' : '.'}
        </p>
      )}
      {can('availableNumbers') && <AvailableNumbers key={`available-${connection.id}`} connectionId={connection.id} />}
      {/* Without numbers:read the banner above the page says why there is no list here. */}
      {can('numberList') && <PhoneNumbers key={`numbers-${connection.id}`} connectionId={connection.id} />}
    </section>
  );
}
