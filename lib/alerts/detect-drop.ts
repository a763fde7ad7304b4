/**
 * Whether a re-run's lowest price is worth a mail. Prices are compared as AZN minor units on the
 * reference rates (offers come in several currencies); the mail shows the offer's own price.
 */
const DROP_PERCENT = 5;

export type AlertState = {
  /** lowest price seen before this run; null on the first run */
  lowestComparable: number | null;
  /** price of the last alert sent; null if none */
  alertedComparable: number | null;
  lastAlertedAt: Date | null;
  /** the traveller's ceiling converted to AZN minor units; null without one */
  ceilingComparable: number | null;
};

export type AlertDecision = { alert: false } | { alert: true; reason: 'DROP' | 'CEILING'; previous: number | null };

/** Calendar day in UTC: "at most one alert per search per day". */
export function alertDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * DROP: a new low at least 5 % under the lowest price seen before (the first run only sets the
 * baseline). CEILING: at or under the ceiling, and lower than the last alert (so a price that stays
 * under the ceiling mails once, not every day). Never a second alert on the same day.
 */
export function decideAlert(state: AlertState, current: number, at: Date): AlertDecision {
  if (state.lastAlertedAt && alertDay(state.lastAlertedAt) === alertDay(at)) return { alert: false };
  const { lowestComparable: lowest } = state;
  // current ≤ lowest × (1 − 5 %), in integers: 100 × current ≤ (100 − 5) × lowest
  if (lowest !== null && 100 * current <= (100 - DROP_PERCENT) * lowest) return { alert: true, reason: 'DROP', previous: lowest };
  if (state.ceilingComparable !== null && current <= state.ceilingComparable && (state.alertedComparable === null || current < state.alertedComparable)) {
    return { alert: true, reason: 'CEILING', previous: state.alertedComparable ?? lowest };
  }
  return { alert: false };
}
