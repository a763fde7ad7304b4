import { DEFAULT_FEE_SCHEDULES, type FeeSchedule } from './fee-schedule';
import { RulesError } from './errors';
import { requireValidFeeSchedule } from './require-valid-fee-schedule';

/**
 * The schedule in force for an agreement version, from the given list (the admin's settings) or the
 * defaults. An unknown version throws: charging an old order by a newer schedule would break what the
 * traveller accepted.
 * @example feeScheduleFor(order.feeScheduleVersion, await loadFeeSchedules(db)) // loadFeeSchedules: lib/pricing
 */
export function feeScheduleFor(
  agreementVersion: string,
  schedules: readonly FeeSchedule[] = DEFAULT_FEE_SCHEDULES,
): FeeSchedule {
  const schedule = schedules.find((s) => s.agreementVersion === agreementVersion);
  if (!schedule) {
    throw new RulesError('UNKNOWN_AGREEMENT_VERSION', `no fee schedule for agreement version "${agreementVersion}"`);
  }
  return requireValidFeeSchedule(schedule);
}
