import { describe, expect, it } from 'vitest';
import { MAX_OUTBOX_ATTEMPTS, outboxRetryDelayMs } from './backoff';

describe('outbox retry backoff', () => {
  it('doubles from 30 seconds', () => {
    expect([1, 2, 3, 4].map((n) => outboxRetryDelayMs(n, () => 0))).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('is capped at 4 hours, plus at most 20 % jitter', () => {
    expect(outboxRetryDelayMs(30, () => 0)).toBe(4 * 3_600_000);
    expect(outboxRetryDelayMs(30, () => 0.999_999)).toBeLessThanOrEqual(4 * 3_600_000 * 1.2);
  });

  it('gives up only after retrying for more than a day', () => {
    let total = 0;
    for (let n = 1; n < MAX_OUTBOX_ATTEMPTS; n++) total += outboxRetryDelayMs(n, () => 0);
    expect(total).toBeGreaterThan(24 * 3_600_000);
  });
});
