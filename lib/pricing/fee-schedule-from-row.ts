import { CURRENT_FEE_SCHEDULE, requireValidFeeSchedule, type FeeSchedule } from '@/lib/rules';

/** A fee_schedule_versions row: its version string and the service fee rules as stored JSON. */
export type FeeScheduleRow = { version: string; serviceFee: unknown };

/**
 * A published schedule as lib/rules reads it (Agreement 4.3, 4.4): its `agreementVersion` is the
 * published version string ('2026-11-23.2'), which orders store, so feeScheduleFor finds it by that. The
 * 15 AZN fees of 3.1.4 and 6.1 are the agreement's own and come from the built-in schedule, never from
 * the row. Checked on every read: a row no rule can price with throws RulesError('INVALID_FEE_SCHEDULE').
 */
export function feeScheduleFromRow(row: FeeScheduleRow): FeeSchedule {
  return requireValidFeeSchedule({
    ...CURRENT_FEE_SCHEDULE,
    agreementVersion: row.version,
    serviceFee: row.serviceFee as FeeSchedule['serviceFee'],
  });
}
