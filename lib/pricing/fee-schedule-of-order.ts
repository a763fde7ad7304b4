import 'server-only';
import { db, type Db, type Tx } from '@/lib/db/client';
import { feeScheduleFor, type FeeSchedule } from '@/lib/rules';
import { loadFeeSchedules } from './load-fee-schedules';
import { orderFeeSchedule } from './order-fee-schedule';

/**
 * The schedule an order was priced with, for quoting after the sale (cancellations, changes, refund
 * ceilings, receipts): its stored version (order_checkouts.fee_schedule_version), or the current schedule
 * when it names none or an unknown one (see orderFeeSchedule for why that is safe there).
 */
export async function feeScheduleOfOrder(version: string | null | undefined, client: Db | Tx = db): Promise<FeeSchedule> {
  return orderFeeSchedule(version, version ? await loadFeeSchedules(client) : []);
}

/** The same, strict: an unknown version throws RulesError('UNKNOWN_AGREEMENT_VERSION'). */
export async function feeScheduleForOrder(version: string, client: Db | Tx = db): Promise<FeeSchedule> {
  return feeScheduleFor(version, await loadFeeSchedules(client));
}
