'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { redirect } from '@/lib/i18n/redirect';
import { defineAction } from '@/lib/auth/define-action';
import { staffRoles } from '@/lib/auth/viewer-types';
import { fromMajor } from '@/lib/money';
import { revealDocumentNumber } from '@/lib/privacy/staff-access';
import { approveRefund, decisionNoteSchema } from '@/lib/after-sales/staff/approve-refund';
import { completeChange } from '@/lib/after-sales/staff/complete-change';
import { markOfficePaymentPaid } from '@/lib/after-sales/staff/mark-office-payment-paid';
import { recordScheduleChange, scheduleChangeSchema } from '@/lib/after-sales/staff/record-schedule-change';
import { refuseOrder, refusalNoteSchema } from '@/lib/after-sales/staff/refuse-order';
import { rejectReasonSchema, rejectRequest } from '@/lib/after-sales/staff/reject-request';
import { replyToRequest, staffMessageSchema } from '@/lib/after-sales/staff/reply-to-request';
import { setChangeCharge } from '@/lib/after-sales/staff/set-change-charge';

/**
 * The back office's server actions (issue 9): SUPPORT and ADMIN only, checked by userAction here and
 * again by every lib/after-sales/staff operation next to its data.
 */
const V = (key: string) => `backOffice.validation.${key}`;
const id = z.uuid({ error: 'auth.errors.notFound' });
const major = z.string().trim().regex(/^\d{1,7}(\.\d{1,2})?$/, { error: V('amount') });
const currency = z.enum(['AZN', 'USD', 'EUR', 'KZT', 'RUB', 'GEL', 'TRY'], { error: V('currency') });
const requestPage = '/[locale]/support/requests/[id]';

const approveSchema = z
  .object({
    requestId: id,
    mode: z.enum(['FULL', 'PARTIAL'], { error: V('mode') }),
    amount: z.string().trim().optional(),
    currency,
    note: decisionNoteSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.mode === 'PARTIAL' && !major.safeParse(v.amount ?? '').success) ctx.addIssue({ code: 'custom', path: ['amount'], message: V('amount') });
  });

export const approveRefundAction = defineAction({
  name: 'support.approveRefund',
  access: staffRoles,
  schema: approveSchema,
  async handler(input, { viewer, request, locale }) {
    const amountMinor = input.mode === 'FULL' ? null : fromMajor(input.amount!, input.currency).amount;
    const result = await approveRefund({ actor: viewer, requestId: input.requestId, amountMinor, note: input.note, context: request });
    revalidatePath(requestPage, 'page');
    revalidatePath('/[locale]/support', 'page');
    redirect({ href: { pathname: `/support/requests/${input.requestId}`, query: { done: result.changed ? 'approved' : 'alreadyDecided' } }, locale });
  },
});

export const rejectRequestAction = defineAction({
  name: 'support.rejectRequest',
  access: staffRoles,
  schema: z.object({ requestId: id, reason: rejectReasonSchema }),
  async handler(input, { viewer, request, locale }) {
    await rejectRequest({ actor: viewer, requestId: input.requestId, reason: input.reason, context: request });
    revalidatePath(requestPage, 'page');
    redirect({ href: { pathname: `/support/requests/${input.requestId}`, query: { done: 'rejected' } }, locale });
  },
});

export const replyToRequestAction = defineAction({
  name: 'support.replyToRequest',
  access: staffRoles,
  schema: z.object({ requestId: id, body: staffMessageSchema }),
  async handler(input, { viewer, request, locale }) {
    await replyToRequest({ actor: viewer, requestId: input.requestId, body: input.body, context: request });
    revalidatePath(requestPage, 'page');
    redirect({ href: { pathname: `/support/requests/${input.requestId}`, query: { done: 'messageSent' } }, locale });
  },
});

export const setChangeChargeAction = defineAction({
  name: 'support.setChangeCharge',
  access: staffRoles,
  schema: z.object({ requestId: id, amount: major, currency }),
  async handler(input, { viewer, request, locale }) {
    await setChangeCharge({ actor: viewer, requestId: input.requestId, airlineCharge: fromMajor(input.amount, input.currency), context: request });
    revalidatePath(requestPage, 'page');
    redirect({ href: { pathname: `/support/requests/${input.requestId}`, query: { done: 'chargeSet' } }, locale });
  },
});

export const completeChangeAction = defineAction({
  name: 'support.completeChange',
  access: staffRoles,
  schema: z.object({ requestId: id, note: decisionNoteSchema.optional() }),
  async handler(input, { viewer, request, locale }) {
    await completeChange({ actor: viewer, requestId: input.requestId, note: input.note, context: request });
    revalidatePath(requestPage, 'page');
    redirect({ href: { pathname: `/support/requests/${input.requestId}`, query: { done: 'completed' } }, locale });
  },
});

export const refuseOrderAction = defineAction({
  name: 'support.refuseOrder',
  access: staffRoles,
  schema: z.object({
    reference: z.string().trim().min(1).max(20),
    confirm: z.literal('on', { error: V('confirmRefusal') }),
    note: refusalNoteSchema.optional(),
  }),
  async handler(input, { viewer, request, locale }) {
    await refuseOrder({ actor: viewer, reference: input.reference, note: input.note, context: request });
    revalidatePath('/[locale]/support/orders/[reference]', 'page');
    redirect({ href: { pathname: `/support/orders/${input.reference.toUpperCase()}`, query: { done: 'refused' } }, locale });
  },
});

export const revealDocumentAction = defineAction({
  name: 'support.revealDocument',
  access: staffRoles,
  schema: z.object({ passengerId: id, reason: z.string().trim().min(10, { error: 'privacy.staff.errors.reason' }).max(500, { error: V('tooLong') }) }),
  async handler(input, { viewer, request }) {
    const number = await revealDocumentNumber({ viewer, holder: { model: 'OrderPassenger', id: input.passengerId }, reason: input.reason, context: request });
    return { ok: true, message: 'backOffice.reveal.shown', values: { number: number ?? '—' } };
  },
});

export const recordScheduleChangeAction = defineAction({
  name: 'support.recordScheduleChange',
  access: staffRoles,
  schema: scheduleChangeSchema,
  async handler(input, { viewer, request }) {
    const result = await recordScheduleChange({ actor: viewer, input, context: request });
    revalidatePath('/[locale]/support/schedule-changes', 'page');
    // A flight the catalog does not know has no airport zone: the times were taken as UTC, and staff must see that.
    const message = result.zoneKnown ? 'backOffice.schedule.recorded' : 'backOffice.schedule.recordedUtc';
    return { ok: true, message, values: { count: String(result.ordersNotified) } };
  },
});

export const markOfficePaymentPaidAction = defineAction({
  name: 'support.markOfficePaymentPaid',
  access: staffRoles,
  schema: z.object({ paymentId: id }),
  async handler(input, { viewer }) {
    const result = await markOfficePaymentPaid({ actor: viewer, paymentId: input.paymentId });
    revalidatePath('/[locale]/support/office-payments', 'page');
    return { ok: true, message: result.changed ? 'backOffice.office.marked' : 'backOffice.office.alreadyPaid', values: { reference: result.orderReference } };
  },
});
