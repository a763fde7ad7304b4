import { CURRENT_FEE_SCHEDULE, feeScheduleFor, RulesError, type FeeSchedule } from '@/lib/rules';

/**
 * The schedule an order was priced with, for quoting after the sale (Agreement 2.2: an order keeps the
 * terms it was placed under): its stored version among `schedules`, or the current built-in schedule when
 * it names none or one that is not known. That fallback is safe there and only there: the agency fees of
 * 6.1 and 3.1.4 are the agreement's own 15 AZN in every schedule, and a placed order's service fee is
 * stored on its items, never recomputed (4.4, 6.4).
 */
export function orderFeeSchedule(version: string | null | undefined, schedules: readonly FeeSchedule[]): FeeSchedule {
  if (!version) return CURRENT_FEE_SCHEDULE;
  try {
    return feeScheduleFor(version, schedules);
  } catch (error) {
    if (error instanceof RulesError) return CURRENT_FEE_SCHEDULE;
    throw error;
  }
}
