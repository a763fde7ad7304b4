import { requireMoney, type Money } from '../money';
import { RulesError } from './errors';
import { requireInstant } from './instants';
import { transferTier } from './transfer-classes';
import type { Item } from './types';

/**
 * Rejects snapshots no rule can decide on, so each rule can rely on whole, non-negative amounts in the
 * item's currency and on valid instants.
 */
export function requireValidItem(item: Item): Item {
  const currency = requireAmount(item.price, 'price').currency;
  requireAmount(item.serviceFee, 'serviceFee', currency);
  switch (item.kind) {
    case 'FLIGHT':
      requireInstant(item.departureAt, 'departureAt');
      if (item.fareRules.refundPenalty) requireAmount(item.fareRules.refundPenalty, 'refundPenalty', currency);
      if (item.fareRules.changeFee) requireAmount(item.fareRules.changeFee, 'changeFee', currency);
      return item;
    case 'HOTEL':
      requireInstant(item.checkInAt, 'checkInAt');
      requireAmount(item.firstNight, 'firstNight', currency);
      if (item.cancellation.type === 'FREE_UNTIL') {
        requireInstant(item.cancellation.freeUntil, 'freeUntil');
        const { penalty } = item.cancellation;
        if (penalty.kind === 'PERCENT' && !(penalty.percent >= 0 && penalty.percent <= 100)) {
          throw new RulesError('INVALID_ITEM', `hotel penalty ${penalty.percent} % is not between 0 and 100`);
        }
      }
      return item;
    case 'TRANSFER':
      requireInstant(item.pickupAt, 'pickupAt');
      transferTier(item.vehicleClass);
      return item;
    default:
      throw new RulesError('INVALID_ITEM', `unknown item kind "${String((item as { kind: unknown }).kind)}"`);
  }
}

function requireAmount(value: Money, name: string, currency?: string): Money {
  const m = requireMoney(value);
  if (m.amount < 0) throw new RulesError('INVALID_ITEM', `${name} is negative`);
  if (currency !== undefined && m.currency !== currency) {
    throw new RulesError('INVALID_ITEM', `${name} is in ${m.currency}, the price in ${currency}`);
  }
  return m;
}
