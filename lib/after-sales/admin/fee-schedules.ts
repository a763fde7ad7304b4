/**
 * Service fee schedules (Agreement 4.3, 4.4), published by an admin. A new order is priced with the
 * latest schedule published for the current agreement version (or the built-in one) and stores its
 * version (order_checkouts.fee_schedule_version, e.g. '2026-11-23.2'); an existing order keeps the one it
 * was priced with for as long as it lives. The 15 AZN agency fees (3.1.4, 6.1) are the agreement's own
 * figures and are copied from the built-in schedule, never edited here.
 *
 * A published schedule is handed to lib/rules as a FeeSchedule whose `agreementVersion` is its version
 * string, so `feeScheduleFor(order.feeScheduleVersion, await loadFeeSchedules())` finds it.
 */
import { z } from 'zod';
import { db, type Db, type Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { fromMajor } from '@/lib/money';
import {
  CURRENT_AGREEMENT_VERSION,
  CURRENT_FEE_SCHEDULE,
  DEFAULT_FEE_SCHEDULES,
  feeScheduleFor,
  requireValidFeeSchedule,
  RulesError,
  type FeeSchedule,
  type ItemKind,
  type ServiceFeeRule,
} from '@/lib/rules';
import { BackOfficeError, requireAdmin } from '../staff/staff-guard';

export const FEE_KINDS = ['FLIGHT', 'HOTEL', 'TRANSFER'] as const satisfies readonly ItemKind[];

const E = (key: string) => `backOffice.validation.${key}`;
const amount = z
  .string()
  .trim()
  .regex(/^\d{1,6}(\.\d{1,2})?$/, { error: E('amount') });
const optionalAmount = z.preprocess((v) => (v === '' || v === undefined ? undefined : v), amount.optional());
const percent = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, { error: E('percent') })
  .refine((v) => Number(v) >= 0 && Number(v) <= 100, { error: E('percent') });

/** One form: `<KIND>_type` FIXED | PERCENT, `<KIND>_amount` (FIXED, AZN), `<KIND>_percent` and `<KIND>_minimum` (PERCENT). */
export const feeScheduleInputSchema = z
  .object(
    Object.fromEntries(
      FEE_KINDS.flatMap((kind) => [
        [`${kind}_type`, z.enum(['FIXED', 'PERCENT'], { error: E('feeType') })],
        [`${kind}_amount`, optionalAmount],
        [`${kind}_percent`, z.preprocess((v) => (v === '' ? undefined : v), percent.optional())],
        [`${kind}_minimum`, optionalAmount],
      ]),
    ) as Record<string, z.ZodType<string | undefined>>,
  )
  .superRefine((value, ctx) => {
    for (const kind of FEE_KINDS) {
      if (value[`${kind}_type`] === 'FIXED' && !value[`${kind}_amount`]) ctx.addIssue({ code: 'custom', path: [`${kind}_amount`], message: E('amount') });
      if (value[`${kind}_type`] === 'PERCENT' && !value[`${kind}_percent`]) ctx.addIssue({ code: 'custom', path: [`${kind}_percent`], message: E('percent') });
    }
  });

export type FeeScheduleInput = z.output<typeof feeScheduleInputSchema>;

function ruleFrom(input: Record<string, string | undefined>, kind: ItemKind): ServiceFeeRule {
  if (input[`${kind}_type`] === 'FIXED') return { type: 'FIXED', amount: fromMajor(input[`${kind}_amount`]!, 'AZN') };
  const minimum = input[`${kind}_minimum`];
  return { type: 'PERCENT', percent: Number(input[`${kind}_percent`]), minimum: minimum ? fromMajor(minimum, 'AZN') : null };
}

type Row = { version: string; serviceFee: Prisma.JsonValue };

function toSchedule(row: Row): FeeSchedule {
  return requireValidFeeSchedule({
    ...CURRENT_FEE_SCHEDULE,
    agreementVersion: row.version,
    serviceFee: row.serviceFee as unknown as FeeSchedule['serviceFee'],
  });
}

/** The schedule new orders are priced with now: the latest published for the current agreement, or the built-in one. */
export async function loadCurrentFeeSchedule(client: Db | Tx = db): Promise<FeeSchedule> {
  const row = await client.feeScheduleVersion.findFirst({
    where: { agreementVersion: CURRENT_AGREEMENT_VERSION },
    orderBy: [{ createdAt: 'desc' }, { version: 'desc' }],
    select: { version: true, serviceFee: true },
  });
  return row ? toSchedule(row) : CURRENT_FEE_SCHEDULE;
}

/** Every schedule an order can name: the built-in ones and every published version. */
export async function loadFeeSchedules(client: Db | Tx = db): Promise<FeeSchedule[]> {
  const rows = await client.feeScheduleVersion.findMany({ select: { version: true, serviceFee: true }, orderBy: { createdAt: 'asc' } });
  return [...DEFAULT_FEE_SCHEDULES, ...rows.map(toSchedule)];
}

/** The schedule an existing order was priced with (its stored version). */
export async function feeScheduleForOrder(version: string, client: Db | Tx = db): Promise<FeeSchedule> {
  return feeScheduleFor(version, await loadFeeSchedules(client));
}

/**
 * The schedule an order was priced with, for quoting after the sale: its stored version, or the current
 * schedule when it names none or one that is not known. That fallback is safe there: the agency fees of
 * Agreement 6.1 and 3.1.4 are the agreement's own 15 AZN in every schedule, and a placed order's service
 * fee is stored on its items, never recomputed.
 */
export async function feeScheduleOfOrder(version: string | null | undefined, client: Db | Tx = db): Promise<FeeSchedule> {
  if (!version) return CURRENT_FEE_SCHEDULE;
  try {
    return await feeScheduleForOrder(version, client);
  } catch (error) {
    if (error instanceof RulesError) return CURRENT_FEE_SCHEDULE;
    throw error;
  }
}

export type FeeScheduleListItem = { version: string; agreementVersion: string; serviceFee: FeeSchedule['serviceFee']; createdAt: Date | null; current: boolean };

/** Admin: the built-in schedule and every published version, newest first, the one in force marked. */
export async function listFeeSchedules(actor: Viewer): Promise<FeeScheduleListItem[]> {
  requireAdmin(actor);
  const [rows, current] = await Promise.all([
    db.feeScheduleVersion.findMany({ orderBy: [{ createdAt: 'desc' }], select: { version: true, agreementVersion: true, serviceFee: true, createdAt: true } }),
    loadCurrentFeeSchedule(),
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

export type PublishFeeScheduleOptions = { actor: Viewer; input: unknown; context: RequestContext };

/**
 * Admin: publishes a new schedule for the current agreement version, `<agreementVersion>.<n>` (the
 * built-in schedule counts as 1). New orders use it from the next checkout; placed orders keep theirs.
 */
export async function publishFeeSchedule({ actor, input, context }: PublishFeeScheduleOptions): Promise<{ version: string }> {
  requireAdmin(actor);
  const parsed = feeScheduleInputSchema.parse(input);
  const serviceFee = Object.fromEntries(FEE_KINDS.map((kind) => [kind, ruleFrom(parsed, kind)])) as FeeSchedule['serviceFee'];
  try {
    requireValidFeeSchedule({ ...CURRENT_FEE_SCHEDULE, serviceFee });
  } catch {
    throw new BackOfficeError('INVALID_FEE_SCHEDULE');
  }
  return db.$transaction(async (tx) => {
    // Two admins publishing at once get consecutive numbers, not a clash.
    await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(${`fee-schedule:${CURRENT_AGREEMENT_VERSION}`}, 0))) AS l`;
    const published = await tx.feeScheduleVersion.count({ where: { agreementVersion: CURRENT_AGREEMENT_VERSION } });
    const version = `${CURRENT_AGREEMENT_VERSION}.${published + 2}`;
    const row = await tx.feeScheduleVersion.create({
      data: { version, agreementVersion: CURRENT_AGREEMENT_VERSION, serviceFee: JSON.parse(JSON.stringify(serviceFee)) as Prisma.InputJsonValue, createdById: actor.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: 'fee_schedule.published',
      subjectType: 'FeeScheduleVersion',
      subjectId: row.id,
      context,
      data: { version, serviceFee: JSON.parse(JSON.stringify(serviceFee)) as Prisma.InputJsonValue },
    });
    return { version };
  });
}
