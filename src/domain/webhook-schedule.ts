/**
 * When a failed webhook delivery is tried again: the Standard Webhooks (Svix) schedule, one home.
 * After the n-th failed attempt the next comes DELAYS[n-1] later, times a uniform jitter in
 * [0.9, 1.1] so deliveries that failed together (a receiver outage) do not all come back together.
 * After the 8th failure the delivery is given up — but never before 24 h since it was created
 * (the promise made to receivers: retries for at least a day), another 10 h apart until then.
 */
const DELAYS_SECONDS = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600] as const;

/** Attempts (the first included) after which a delivery may be given up. */
export const MAX_WEBHOOK_ATTEMPTS = 8;
/** A delivery is retried for at least this long after it was created. */
export const WEBHOOK_RETRY_SPAN_MS = 24 * 3600 * 1000;
/** An endpoint whose failures go on this long after its first one becomes `failing`. */
export const WEBHOOK_FAILING_AFTER_MS = 24 * 3600 * 1000;

/**
 * The time of the next attempt after `attempts` attempts (this failed one included) of a delivery
 * created at `createdAt`, or null when it is given up. `random` returns [0, 1) (injected in tests).
 */
export function nextWebhookAttemptAt(attempts: number, createdAt: Date, now: Date, random: () => number = Math.random): Date | null {
  if (attempts >= MAX_WEBHOOK_ATTEMPTS && now.getTime() - createdAt.getTime() >= WEBHOOK_RETRY_SPAN_MS) return null;
  const base = DELAYS_SECONDS[Math.min(Math.max(attempts, 1), DELAYS_SECONDS.length) - 1]!;
  const jitter = 0.9 + 0.2 * random();
  return new Date(now.getTime() + Math.round(base * 1000 * jitter));
}
