import 'server-only';
import { db, type Db, type Tx } from '@/lib/db/client';
import { DEFAULT_FEE_SCHEDULES, type FeeSchedule } from '@/lib/rules';
import { feeScheduleFromRow } from './fee-schedule-from-row';

/** Every schedule an order can name: the built-in ones and every published version, oldest first. */
export async function loadFeeSchedules(client: Db | Tx = db): Promise<FeeSchedule[]> {
  const rows = await client.feeScheduleVersion.findMany({ select: { version: true, serviceFee: true }, orderBy: { createdAt: 'asc' } });
  return [...DEFAULT_FEE_SCHEDULES, ...rows.map(feeScheduleFromRow)];
}
