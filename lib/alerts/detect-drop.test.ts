import { describe, expect, it } from 'vitest';
import { decideAlert, type AlertState } from './detect-drop';

const at = new Date('2026-12-10T09:00:00Z');
const state = (s: Partial<AlertState> = {}): AlertState => ({ lowestComparable: 10_000, alertedComparable: null, lastAlertedAt: null, ceilingComparable: null, ...s });

describe('decideAlert (drop detection)', () => {
  it('the first run only sets the baseline', () => {
    expect(decideAlert(state({ lowestComparable: null }), 5_000, at)).toEqual({ alert: false });
  });

  it('alerts on a new low exactly 5 % under the lowest seen, not on 4.99 %', () => {
    expect(decideAlert(state(), 9_500, at)).toEqual({ alert: true, reason: 'DROP', previous: 10_000 });
    expect(decideAlert(state(), 9_501, at)).toEqual({ alert: false });
  });

  it('a rise or an unchanged price sends nothing', () => {
    expect(decideAlert(state(), 12_000, at)).toEqual({ alert: false });
    expect(decideAlert(state(), 10_000, at)).toEqual({ alert: false });
  });

  it('never twice on the same UTC day, again the next day', () => {
    const alertedToday = state({ lastAlertedAt: new Date('2026-12-10T00:30:00Z'), alertedComparable: 9_000, lowestComparable: 9_000 });
    expect(decideAlert(alertedToday, 4_000, at)).toEqual({ alert: false });
    expect(decideAlert(alertedToday, 4_000, new Date('2026-12-11T00:00:00Z'))).toMatchObject({ alert: true, reason: 'DROP' });
  });

  it('under the ceiling alerts even without a 5 % drop, once per price level', () => {
    expect(decideAlert(state({ lowestComparable: null, ceilingComparable: 8_000 }), 8_000, at)).toEqual({ alert: true, reason: 'CEILING', previous: null });
    expect(decideAlert(state({ lowestComparable: 7_900, ceilingComparable: 8_000 }), 7_900, at)).toMatchObject({ alert: true, reason: 'CEILING' });
    const yesterday = new Date('2026-12-09T09:00:00Z');
    // already alerted at this price: staying under the ceiling is no news
    expect(decideAlert(state({ lowestComparable: 7_900, alertedComparable: 7_900, lastAlertedAt: yesterday, ceilingComparable: 8_000 }), 7_900, at)).toEqual({ alert: false });
    expect(decideAlert(state({ lowestComparable: 7_900, alertedComparable: 7_900, lastAlertedAt: yesterday, ceilingComparable: 8_000 }), 7_800, at)).toMatchObject({ alert: true, reason: 'CEILING' });
    expect(decideAlert(state({ lowestComparable: 8_500, ceilingComparable: 8_000 }), 8_100, at)).toEqual({ alert: false });
  });
});
