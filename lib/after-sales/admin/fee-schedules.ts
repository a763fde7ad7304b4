/**
 * The admin's side of service fee schedules (Agreement 4.3, 4.4): who may list and publish them, and the
 * audit trail. The schedules themselves (storage, versions, which one prices an order) live in lib/pricing;
 * the 15 AZN agency fees of 3.1.4 and 6.1 are the agreement's own and are never edited here.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { RulesError, type FeeSchedule } from '@/lib/rules';
import { feeScheduleInputSchema, serviceFeeFromInput, type FeeScheduleInput } from '@/lib/pricing/fee-schedule-input';
import { listFeeScheduleVersions, type FeeScheduleListItem } from '@/lib/pricing/list-fee-schedule-versions';
import { publishFeeScheduleVersion } from '@/lib/pricing/publish-fee-schedule-version';
import { BackOfficeError, requireAdmin } from '../staff/staff-guard';

// The admin action parses with the same schema the schedule is built from.
export { feeScheduleInputSchema };

/** Admin: the built-in schedule and every published version, newest first, the one in force marked. */
export async function listFeeSchedules(actor: Viewer): Promise<FeeScheduleListItem[]> {
  requireAdmin(actor);
  return listFeeScheduleVersions(db);
}

export type PublishFeeScheduleOptions = { actor: Viewer; input: unknown; context: RequestContext };

/** Admin: publishes a new schedule for the current agreement version, with its audit event in the same transaction. */
export async function publishFeeSchedule({ actor, input, context }: PublishFeeScheduleOptions): Promise<{ version: string }> {
  requireAdmin(actor);
  const serviceFee = checkedServiceFee(feeScheduleInputSchema.parse(input));
  return db.$transaction(async (tx) => {
    const { id, version } = await publishFeeScheduleVersion(tx, { serviceFee, createdById: actor.id });
    await recordAuditEvent(tx, {
      actor,
      action: 'fee_schedule.published',
      subjectType: 'FeeScheduleVersion',
      subjectId: id,
      context,
      data: { version, serviceFee: JSON.parse(JSON.stringify(serviceFee)) as Prisma.InputJsonValue },
    });
    return { version };
  });
}

function checkedServiceFee(input: FeeScheduleInput): FeeSchedule['serviceFee'] {
  try {
    return serviceFeeFromInput(input);
  } catch (error) {
    if (error instanceof RulesError) throw new BackOfficeError('INVALID_FEE_SCHEDULE');
    throw error;
  }
}
