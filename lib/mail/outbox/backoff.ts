/** Attempts before a message that keeps failing temporarily is given up (about 2 days of retries). */
export const MAX_OUTBOX_ATTEMPTS = 15;

/**
 * Delay before attempt `attempts + 1`: 30 s, 1 min, 2 min, … doubling up to 4 h, with up to 20 %
 * jitter so a backlog after an outage does not hit the SMTP server all at once.
 */
export function outboxRetryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 4 * 60 * 60_000);
  return Math.round(base * (1 + 0.2 * random()));
}
