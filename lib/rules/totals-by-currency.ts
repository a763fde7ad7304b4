import { add, type Money } from '../money';

/** One total per currency, in the order each currency first appears, so the UI lists them stably. */
export function totalsByCurrency(amounts: readonly Money[]): Money[] {
  const totals = new Map<string, Money>();
  for (const m of amounts) {
    const current = totals.get(m.currency);
    totals.set(m.currency, current ? add(current, m) : m);
  }
  return [...totals.values()];
}
