import { describe, expect, it } from 'vitest';
import { MAX_WEBHOOK_ATTEMPTS, nextWebhookAttemptAt, WEBHOOK_RETRY_SPAN_MS } from '../../src/domain/webhook-schedule';

/** The retry schedule (Standard Webhooks / Svix), as a pure function of the attempts made. */
const created = new Date('2026-01-01T00:00:00.000Z');
const SCHEDULE_S = [5, 300, 1800, 7200, 18000, 36000, 36000];

describe('webhook retry schedule', () => {
  it('waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h after the 1st..7th failure, within ±10 % jitter', () => {
    SCHEDULE_S.forEach((seconds, i) => {
      const now = new Date(created.getTime() + i * 1000);
      const waitOf = (random: number) => nextWebhookAttemptAt(i + 1, created, now, () => random)!.getTime() - now.getTime();
      expect(waitOf(0)).toBe(Math.round(seconds * 900));
      expect(waitOf(0.5)).toBe(seconds * 1000);
      expect(waitOf(0.999_999)).toBeLessThanOrEqual(seconds * 1100);
      expect(waitOf(0.999_999)).toBeGreaterThan(seconds * 1099);
    });
  });

  it('spreads deliveries that failed together', () => {
    const now = new Date(created.getTime() + 1000);
    const times = new Set(Array.from({ length: 20 }, () => nextWebhookAttemptAt(1, created, now)!.getTime()));
    expect(times.size).toBeGreaterThan(1);
  });

  it('gives up after the 8th failure once 24 h have passed since the delivery was created', () => {
    const late = new Date(created.getTime() + WEBHOOK_RETRY_SPAN_MS);
    expect(nextWebhookAttemptAt(MAX_WEBHOOK_ATTEMPTS, created, late)).toBeNull();
    expect(nextWebhookAttemptAt(MAX_WEBHOOK_ATTEMPTS + 3, created, late)).toBeNull();
    // A replayed delivery (attempts already spent) gets its one attempt, then gives up.
    expect(nextWebhookAttemptAt(MAX_WEBHOOK_ATTEMPTS - 1, created, late)).not.toBeNull();
  });

  it('keeps trying, 10 h apart, until 24 h have passed, however many attempts were made', () => {
    const early = new Date(created.getTime() + WEBHOOK_RETRY_SPAN_MS - 60_000);
    const next = nextWebhookAttemptAt(MAX_WEBHOOK_ATTEMPTS + 2, created, early, () => 0.5)!;
    expect(next.getTime() - early.getTime()).toBe(36_000_000);
  });
});
