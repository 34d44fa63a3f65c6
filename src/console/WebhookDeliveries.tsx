import { useQuery, useSubscription } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { apiError, requestFailure, useAction } from './api';
import { when } from './format';
import type { WebhookDeliveryFieldsFragment, WebhookEndpointFieldsFragment } from './generated/graphql';
import { useLive } from './live';
import { ConnectionUpdatedSubscription, RetryWebhookDeliveryMutation, WebhookDeliveriesQuery, WebhookDeliveryUpdatedSubscription } from './operations';
import { usePermissions } from './permissions';
import { deliveryStatusText } from './webhookEvents';

type Delivery = WebhookDeliveryFieldsFragment;

/**
 * The later of two states of one delivery: a read, a retry's answer and the live events may arrive
 * in either order. More attempts is later; at as many, the one that arrived last (a retry by hand
 * resets the state without an attempt, and events arrive in the order of their writes).
 */
const later = (read: Delivery, arrived: Delivery | undefined) => (arrived && arrived.attempts >= read.attempts ? arrived : read);

const attemptTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

interface Props {
  endpoint: WebhookEndpointFieldsFragment;
  /** The endpoint as the log read it (its status may have changed: failing, active again). */
  onEndpoint: (endpoint: WebhookEndpointFieldsFragment) => void;
  /** The endpoint is gone (deleted in another tab). */
  onGone: (id: string) => void;
}

/**
 * An endpoint's delivery log, newest first: each event sent, its attempts, and a Retry for each.
 * Live, never polled: each attempt and retry (from any tab or instance) arrives over the tab's
 * event stream (webhookDeliveryUpdated) with the delivery as it now is. The page is read again
 * only when it must be: a delivery not on it yet, a write that made events (its deliveries may
 * wait behind an earlier one of the same object, with no attempt to announce them), or the stream
 * reconnecting (events may have been missed).
 */
export function WebhookDeliveries({ endpoint, onEndpoint, onGone }: Props) {
  const [after, setAfter] = useState<string | null>(null);
  const [result, reexecute] = useQuery({ query: WebhookDeliveriesQuery, variables: { id: endpoint.id, after } });
  // States that arrived after (or while) the page was read: events and retries' answers, by id.
  const [arrived, setArrived] = useState<Record<string, Delivery>>({});
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  // A burst of events makes one read at a time: one asked for during a read follows it.
  const fetching = useRef(false);
  fetching.current = result.fetching;
  const stale = useRef(false);
  const reread = () => (fetching.current ? (stale.current = true) : refresh());
  useEffect(() => {
    if (result.fetching || !stale.current) return;
    stale.current = false;
    refresh();
  }, [result.fetching]);

  const found = result.data?.webhookEndpoint;
  const page = found?.deliveries;
  const rows = page?.edges.map((e) => later(e.node, arrived[e.node.id])) ?? null;
  const shown = useRef(rows);
  shown.current = rows;
  const current = useRef(endpoint);
  current.current = endpoint;

  useEffect(() => {
    if (found) {
      const { deliveries: _, ...read } = found;
      onEndpoint(read);
    } else if (result.data && found === null) onGone(endpoint.id);
  }, [result.data]);

  const arrive = (d: Delivery) => setArrived((all) => ({ ...all, [d.id]: all[d.id] ? later(all[d.id]!, d) : d }));

  const { can } = usePermissions();
  useSubscription({ query: WebhookDeliveryUpdatedSubscription, variables: { endpointId: endpoint.id }, pause: !can('deliveryEvents') }, (_prev, event) => {
    const { delivery, endpoint: now } = event.webhookDeliveryUpdated;
    if (!now || !delivery) {
      onGone(endpoint.id);
      return event;
    }
    // An attempt may have made the endpoint failing, or active again; a change made since in this tab stands.
    if (now.updatedAt >= current.current.updatedAt) onEndpoint(now);
    arrive(delivery);
    // A delivery not on the page (or the page still loading, perhaps read before it existed): new,
    // so at the top of the first page; on a later page, one further down is not shown anyway.
    if (after === null && !shown.current?.some((r) => r.id === delivery.id)) reread();
    return event;
  });
  useSubscription({ query: ConnectionUpdatedSubscription, pause: !can('connectionEvents') }, (_prev, event) => (reread(), event));
  useLive('phoneNumber', reread);
  useLive('resync', () => {
    // What arrived before the drop may be older than the page read now.
    setArrived({});
    refresh();
  });

  return (
    <section class="panel" aria-labelledby="deliveries-heading">
      <div class="section-head">
        <h2 id="deliveries-heading">Deliveries of {endpoint.label}</h2>
        <button type="button" onClick={refresh} disabled={result.fetching}>
          Refresh
        </button>
      </div>
      <p class="hint">
        {page ? `${page.totalCount} ${page.totalCount === 1 ? 'delivery' : 'deliveries'}, newest first.` : ''} Each event is sent until the endpoint answers 2xx, with retries for at least 24 hours.
      </p>
      {result.error && (
        <p role="alert" class="error">
          {requestFailure(result.error)}
        </p>
      )}
      {rows === null ? (
        !result.error && <p role="status">Loading deliveries…</p>
      ) : rows.length === 0 ? (
        <p>No deliveries yet. Changes to connections and phone numbers send the events this endpoint receives.</p>
      ) : (
        <ol class="deliveries" aria-label={`Deliveries of ${endpoint.label}`}>
          {rows.map((d) => (
            <DeliveryItem key={d.id} endpointId={endpoint.id} delivery={d} onRetried={arrive} />
          ))}
        </ol>
      )}
      {(after || page?.pageInfo.hasNextPage) && (
        <div class="actions">
          {after && (
            <button type="button" onClick={() => setAfter(null)}>
              Newest deliveries
            </button>
          )}
          {page?.pageInfo.hasNextPage && (
            <button type="button" onClick={() => setAfter(page.pageInfo.endCursor ?? null)}>
              Older deliveries
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function DeliveryItem({ endpointId, delivery: d, onRetried }: { endpointId: string; delivery: Delivery; onRetried: (d: Delivery) => void }) {
  const [retrying, retry] = useAction(RetryWebhookDeliveryMutation);
  const [failure, setFailure] = useState<string>();
  const status = deliveryStatusText[d.status];

  const runRetry = async () => {
    setFailure(undefined);
    const res = await retry({ endpointId, deliveryId: d.id });
    if (!res) return;
    if (res.error || !res.data) return setFailure(requestFailure(res.error!));
    const out = res.data.retryWebhookDelivery;
    const err = apiError(out);
    if (err) return setFailure(err.message);
    if (out.__typename === 'RetryWebhookDeliveryPayload') onRetried(out.delivery);
  };

  const progress =
    d.status === 'PENDING' ? (d.nextAttemptAt ? `next attempt ${attemptTime.format(new Date(d.nextAttemptAt))}` : 'next attempt soon') : `${status.toLowerCase()} ${when(d.finishedAt)}`;

  return (
    <li class="delivery" aria-label={`${d.eventType}: ${status}`}>
      <div class="card-head">
        <h3>
          <code>{d.eventType}</code>
        </h3>
        <span class={`badge delivery-${d.status.toLowerCase()}`}>{status}</span>
      </div>
      <p class="hint">
        Event <code>{d.eventId}</code> of {when(d.createdAt)} · {d.attempts} {d.attempts === 1 ? 'attempt' : 'attempts'} · {progress}
      </p>
      {d.attemptLog.length > 0 && (
        <div class="table-wrap">
          <table aria-label={`Attempts of ${d.eventId}`}>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">HTTP status</th>
                <th scope="col">Latency</th>
                <th scope="col">Answer</th>
                <th scope="col">Error</th>
              </tr>
            </thead>
            <tbody>
              {d.attemptLog.map((a, i) => (
                <tr key={i} class={a.statusCode != null && a.statusCode >= 200 && a.statusCode < 300 ? 'attempt-ok' : 'attempt-failed'}>
                  <td>{attemptTime.format(new Date(a.at))}</td>
                  <td>{a.statusCode ?? 'no answer'}</td>
                  <td>{a.latencyMs} ms</td>
                  <td class="details">{a.responseExcerpt ? <pre class="excerpt">{a.responseExcerpt}</pre> : ''}</td>
                  <td class="details">{a.error ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="actions">
        <button type="button" onClick={runRetry} disabled={retrying} aria-label={`Retry ${d.eventType} ${d.eventId}`}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      </div>
      <p role="alert" class="error">
        {failure}
      </p>
    </li>
  );
}
