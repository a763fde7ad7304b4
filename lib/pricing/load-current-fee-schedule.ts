import 'server-only';
import { db, type Db, type Tx } from '@/lib/db/client';
import { CURRENT_AGREEMENT_VERSION, CURRENT_FEE_SCHEDULE, type FeeSchedule } from '@/lib/rules';
import { feeScheduleFromRow } from './fee-schedule-from-row';

/**
 * The schedule new orders are priced with now (Agreement 4.3, 4.4): the latest one published for the
 * current agreement version, or the built-in one. An order stores its version and keeps it (2.2).
 */
export async function loadCurrentFeeSchedule(client: Db | Tx = db): Promise<FeeSchedule> {
  const row = await client.feeScheduleVersion.findFirst({
    where: { agreementVersion: CURRENT_AGREEMENT_VERSION },
    orderBy: [{ createdAt: 'desc' }, { version: 'desc' }],
    select: { version: true, serviceFee: true },
  });
  return row ? feeScheduleFromRow(row) : CURRENT_FEE_SCHEDULE;
}
