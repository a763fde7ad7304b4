/**
 * Promo codes (Agreement 7), managed by an admin: list, create, edit, deactivate. The limits are the
 * ones lib/rules evaluatePromo checks at checkout (kinds, dates, total and per-customer uses, minimum
 * spend, cap); money limits share one currency. A code in use is never deleted, only deactivated, so
 * the orders that used it keep their history.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { NotFoundError } from '@/lib/auth/errors';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { fromMajor, toMajorString } from '@/lib/money';
import { BackOfficeError, requireAdmin, requireUuid } from '../staff/staff-guard';

const E = (key: string) => `backOffice.validation.${key}`;
export const PROMO_KINDS = ['FLIGHT', 'HOTEL', 'TRANSFER'] as const;
export const PROMO_CURRENCIES = ['AZN', 'USD', 'EUR', 'KZT'] as const;

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const money = z.preprocess(blank, z.string().trim().regex(/^\d{1,7}(\.\d{1,2})?$/, { error: E('amount') }).optional());
const count = z.preprocess(blank, z.coerce.number({ error: E('count') }).int({ error: E('count') }).min(1, { error: E('count') }).max(1_000_000, { error: E('count') }).optional());
const day = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: E('date') });

/**
 * The form: checkboxes `kindFLIGHT`, `kindHOTEL`, `kindTRANSFER`; dates as YYYY-MM-DD (valid from the
 * start of the first day to the end of the last, UTC); amounts in major units of `limitCurrency`.
 */
export const promoCodeInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{2,31}$/, { error: E('promoCode') }),
    discountType: z.enum(['PERCENT', 'FIXED'], { error: E('discountType') }),
    percent: z.preprocess(blank, z.string().trim().regex(/^\d{1,3}(\.\d{1,2})?$/, { error: E('percent') }).optional()),
    amount: money,
    limitCurrency: z.enum(PROMO_CURRENCIES, { error: E('currency') }),
    kindFLIGHT: z.string().optional(),
    kindHOTEL: z.string().optional(),
    kindTRANSFER: z.string().optional(),
    validFrom: day,
    validUntil: day,
    maxUses: count,
    maxUsesPerCustomer: count,
    minimumSpend: money,
    maxDiscount: money,
  })
  .superRefine((v, ctx) => {
    if (v.discountType === 'PERCENT') {
      const p = Number(v.percent);
      if (!v.percent || !(p > 0 && p <= 100)) ctx.addIssue({ code: 'custom', path: ['percent'], message: E('percent') });
    }
    if (v.discountType === 'FIXED' && (!v.amount || Number(v.amount) <= 0)) ctx.addIssue({ code: 'custom', path: ['amount'], message: E('amount') });
    if (!v.kindFLIGHT && !v.kindHOTEL && !v.kindTRANSFER) ctx.addIssue({ code: 'custom', path: ['kinds'], message: E('kinds') });
    if (v.validFrom > v.validUntil) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: E('dateOrder') });
    if (v.maxUses !== undefined && v.maxUsesPerCustomer !== undefined && v.maxUsesPerCustomer > v.maxUses) {
      ctx.addIssue({ code: 'custom', path: ['maxUsesPerCustomer'], message: E('perCustomer') });
    }
  });

export type PromoCodeInput = z.input<typeof promoCodeInputSchema>;

export type PromoCodeView = {
  id: string;
  code: string;
  active: boolean;
  discountType: 'PERCENT' | 'FIXED';
  percent: string | null;
  amount: string | null;
  limitCurrency: string;
  kinds: ('FLIGHT' | 'HOTEL' | 'TRANSFER')[];
  validFrom: string;
  validUntil: string;
  maxUses: number | null;
  timesUsed: number;
  maxUsesPerCustomer: number | null;
  minimumSpend: string | null;
  maxDiscount: string | null;
};

function toData(v: z.output<typeof promoCodeInputSchema>) {
  const cur = v.limitCurrency;
  const minor = (major: string | undefined) => (major === undefined ? null : fromMajor(major, cur).amount);
  return {
    code: v.code,
    discountType: v.discountType,
    percent: v.discountType === 'PERCENT' ? new Prisma.Decimal(v.percent!) : null,
    amountMinor: v.discountType === 'FIXED' ? minor(v.amount) : null,
    limitCurrency: cur,
    kinds: PROMO_KINDS.filter((k) => v[`kind${k}`]),
    validFrom: new Date(`${v.validFrom}T00:00:00.000Z`),
    validUntil: new Date(`${v.validUntil}T23:59:59.999Z`),
    maxUses: v.maxUses ?? null,
    maxUsesPerCustomer: v.maxUsesPerCustomer ?? null,
    minimumSpendMinor: minor(v.minimumSpend),
    maxDiscountMinor: minor(v.maxDiscount),
  };
}

type Row = Awaited<ReturnType<typeof db.promoCode.findFirstOrThrow>>;

function toView(r: Row): PromoCodeView {
  const cur = r.limitCurrency ?? 'AZN';
  const major = (minor: number | null) => (minor === null ? null : toMajorString({ amount: minor, currency: cur }));
  return {
    id: r.id,
    code: r.code,
    active: r.active,
    discountType: r.discountType,
    percent: r.percent?.toString() ?? null,
    amount: major(r.amountMinor),
    limitCurrency: cur,
    kinds: r.kinds,
    validFrom: r.validFrom.toISOString().slice(0, 10),
    validUntil: r.validUntil.toISOString().slice(0, 10),
    maxUses: r.maxUses,
    timesUsed: r.timesUsed,
    maxUsesPerCustomer: r.maxUsesPerCustomer,
    minimumSpend: major(r.minimumSpendMinor),
    maxDiscount: major(r.maxDiscountMinor),
  };
}

export async function listPromoCodes(actor: Viewer): Promise<PromoCodeView[]> {
  requireAdmin(actor);
  const rows = await db.promoCode.findMany({ orderBy: [{ active: 'desc' }, { createdAt: 'desc' }], take: 500 });
  return rows.map(toView);
}

export async function getPromoCode(actor: Viewer, id: string): Promise<PromoCodeView> {
  requireAdmin(actor);
  const row = await db.promoCode.findUnique({ where: { id: requireUuid(id) } });
  if (!row) throw new NotFoundError();
  return toView(row);
}

type Write = { actor: Viewer; input: unknown; context: RequestContext };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

export async function createPromoCode({ actor, input, context }: Write): Promise<PromoCodeView> {
  requireAdmin(actor);
  const data = toData(promoCodeInputSchema.parse(input));
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.promoCode.create({ data });
      await recordAuditEvent(tx, { actor, action: 'promo_code.created', subjectType: 'PromoCode', subjectId: row.id, context, data: { code: row.code } });
      return toView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new BackOfficeError('PROMO_CODE_TAKEN');
    throw error;
  }
}

/** Edits every limit; the code's text stays (orders and redemptions name it). */
export async function updatePromoCode({ actor, input, context, id }: Write & { id: string }): Promise<PromoCodeView> {
  requireAdmin(actor);
  requireUuid(id);
  const { code: _code, ...data } = toData(promoCodeInputSchema.parse(input));
  return db.$transaction(async (tx) => {
    const before = await tx.promoCode.findUnique({ where: { id }, select: { id: true, code: true } });
    if (!before) throw new NotFoundError();
    const row = await tx.promoCode.update({ where: { id }, data });
    await recordAuditEvent(tx, { actor, action: 'promo_code.updated', subjectType: 'PromoCode', subjectId: id, context, data: { code: before.code } });
    return toView(row);
  });
}

export async function setPromoCodeActive({ actor, id, active, context }: { actor: Viewer; id: string; active: boolean; context: RequestContext }): Promise<PromoCodeView> {
  requireAdmin(actor);
  requireUuid(id);
  return db.$transaction(async (tx) => {
    const before = await tx.promoCode.findUnique({ where: { id }, select: { code: true, active: true } });
    if (!before) throw new NotFoundError();
    const row = await tx.promoCode.update({ where: { id }, data: { active } });
    if (before.active !== active) {
      await recordAuditEvent(tx, { actor, action: active ? 'promo_code.activated' : 'promo_code.deactivated', subjectType: 'PromoCode', subjectId: id, context, data: { code: before.code } });
    }
    return toView(row);
  });
}
