import { convert, max, multiplyByPercent, requireMoney, type Money, type Rates } from '../money';
import { RulesError } from './errors';
import { CURRENT_FEE_SCHEDULE, type FeeSchedule } from './fee-schedule';
import type { ItemKind } from './types';

/**
 * The service fee for one item (Agreement 4.3, 4.4), in the currency of the provider's price so that
 * the line and its fee add up without a rate. Fixed amounts and minimums in AZN are converted with
 * `fx`; an AZN item needs none.
 * @example computeServiceFee('FLIGHT', money(25000, 'AZN')) // → { amount: 1000, currency: 'AZN' }
 */
export function computeServiceFee(
  kind: ItemKind,
  providerPrice: Money,
  schedule: FeeSchedule = CURRENT_FEE_SCHEDULE,
  fx?: Rates,
): Money {
  const price = requireMoney(providerPrice);
  if (price.amount < 0) throw new RulesError('INVALID_AMOUNT', 'the provider price is negative');
  const rule = schedule.serviceFee[kind];
  if (rule.type === 'FIXED') return convert(rule.amount, price.currency, fx);
  const fee = multiplyByPercent(price, rule.percent);
  return rule.minimum ? max(fee, convert(rule.minimum, price.currency, fx)) : fee;
}
