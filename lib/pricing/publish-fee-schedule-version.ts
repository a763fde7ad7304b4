import 'server-only';
import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { CURRENT_AGREEMENT_VERSION, type FeeSchedule } from '@/lib/rules';

/**
 * Stores a new service fee schedule for the current agreement version as `<agreementVersion>.<n>`, the
 * built-in schedule counting as 1 (Agreement 4.3, 4.4). New orders are priced with it from the next
 * checkout; placed orders keep theirs (2.2). Runs in the caller's transaction, which also records who
 * published it (lib/after-sales/admin); `serviceFee` comes checked from serviceFeeFromInput.
 */
export async function publishFeeScheduleVersion(
  tx: Tx,
  { serviceFee, createdById }: { serviceFee: FeeSchedule['serviceFee']; createdById: string },
): Promise<{ id: string; version: string }> {
  // Two admins publishing at once get consecutive numbers, not a clash.
  await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(${`fee-schedule:${CURRENT_AGREEMENT_VERSION}`}, 0))) AS l`;
  const published = await tx.feeScheduleVersion.count({ where: { agreementVersion: CURRENT_AGREEMENT_VERSION } });
  const version = `${CURRENT_AGREEMENT_VERSION}.${published + 2}`;
  const row = await tx.feeScheduleVersion.create({
    data: { version, agreementVersion: CURRENT_AGREEMENT_VERSION, serviceFee: JSON.parse(JSON.stringify(serviceFee)) as Prisma.InputJsonValue, createdById },
    select: { id: true },
  });
  return { id: row.id, version };
}
