import 'server-only';
import { db, type Db, type Tx } from '@/lib/db/client';
import { CURRENT_AGREEMENT_VERSION, CURRENT_FEE_SCHEDULE, type FeeSchedule } from '@/lib/rules';
import { loadCurrentFeeSchedule } from './load-current-fee-schedule';

export type FeeScheduleListItem = { version: string; agreementVersion: string; serviceFee: FeeSchedule['serviceFee']; createdAt: Date | null; current: boolean };

/**
 * Every published schedule, newest first, then the built-in one, with the schedule in force for new
 * orders marked (Agreement 4.3, 4.4). The caller authorises (lib/after-sales/admin: ADMIN only).
 */
export async function listFeeScheduleVersions(client: Db | Tx = db): Promise<FeeScheduleListItem[]> {
  const [rows, current] = await Promise.all([
    client.feeScheduleVersion.findMany({ orderBy: [{ createdAt: 'desc' }], select: { version: true, agreementVersion: true, serviceFee: true, createdAt: true } }),
    loadCurrentFeeSchedule(client),
  ]);
  return [
    ...rows.map((r) => ({ version: r.version, agreementVersion: r.agreementVersion, serviceFee: r.serviceFee as unknown as FeeSchedule['serviceFee'], createdAt: r.createdAt, current: r.version === current.agreementVersion })),
    {
      version: CURRENT_FEE_SCHEDULE.agreementVersion,
      agreementVersion: CURRENT_AGREEMENT_VERSION,
      serviceFee: CURRENT_FEE_SCHEDULE.serviceFee,
      createdAt: null,
      current: current === CURRENT_FEE_SCHEDULE,
    },
  ];
}
