import { useQuery } from '@urql/preact';
import { apiError, requestFailure } from './api';
import { ConnectNumbersQuery } from './connectOperations';
import { capabilitiesText } from './format';

/**
 * The new connection's numbers, read-only: a connect link may list them (when its organization
 * allowed it) but not import them. AvailableNumbers reads the connection by id, which a link may not.
 */
export function ConnectNumbers() {
  const [result, reread] = useQuery({ query: ConnectNumbersQuery });
  const list = result.data?.connectSession.connection?.availableNumbers;
  const err = list && apiError(list);
  const page = list?.__typename === 'AvailableNumberList' ? list : undefined;

  return (
    <section aria-labelledby="connect-numbers-heading">
      <h3 id="connect-numbers-heading">Numbers in this account</h3>
      {result.fetching && <p role="status">Reading the provider account…</p>}
      {result.error && (
        <p role="alert" class="error">
          {requestFailure(result.error)}
        </p>
      )}
      {/* A SIP trunk lists nothing: its numbers are added by hand. */}
      {err?.code === 'no_provider_inventory' ? (
        <p class="hint">{err.message}</p>
      ) : (
        err && (
          <div role="alert" class="error">
            <p>{err.message}</p>
            <button type="button" onClick={() => reread()}>
              Try again
            </button>
          </div>
        )
      )}
      {page && (
        <div class="table-wrap">
          <table aria-label="Available numbers">
            <thead>
              <tr>
                <th scope="col">Number</th>
                <th scope="col">Name</th>
                <th scope="col">Country</th>
                <th scope="col">Capabilities</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.length === 0 && (
                <tr>
                  <td colSpan={4}>No numbers in this account.</td>
                </tr>
              )}
              {page.edges.map(({ node: n }) => (
                <tr key={n.phoneNumber}>
                  <td>{n.phoneNumber}</td>
                  <td>{n.friendlyName}</td>
                  <td>{n.country ?? ''}</td>
                  <td>{capabilitiesText(n.capabilities)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page?.pageInfo.hasNextPage && <p class="hint">The first {page.edges.length} numbers are shown; the account holds more.</p>}
    </section>
  );
}
