/**
 * Agreement 3.1.4: staff obtain the airline's charge for changing a passenger's data and enter it; the
 * rules add the 15 AZN agency fee (quotePassengerDataChange) and the request waits for the traveller to
 * pay that amount (AWAITING_PAYMENT, chargeMinor in the order's payment currency). The change is made
 * and marked done afterwards (complete-change.ts).
 */
import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { NotFoundError } from '@/lib/auth/errors';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { enqueueMail } from '@/lib/mail/outbox';
import type { Money } from '@/lib/money';
import { quotePassengerDataChange } from '@/lib/rules';
import { feeScheduleOfOrder } from '@/lib/pricing/fee-schedule-of-order';
import { inPaymentCurrency } from '@/lib/pricing/in-payment-currency';
import { loadOrderMoney } from '../order-money';
import { reviveRulesItem } from '../revive-rules-item';
import { BackOfficeError, requireStaff, requireUuid } from './staff-guard';

export type SetChangeChargeInput = { actor: Viewer; requestId: string; airlineCharge: Money; context: RequestContext };

export async function setChangeCharge(input: SetChangeChargeInput): Promise<{ chargeMinor: number; chargeCurrency: string }> {
  const actor = requireStaff(input.actor);
  const requestId = requireUuid(input.requestId);
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM service_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError();
    const request = await tx.serviceRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: {
        id: true,
        reference: true,
        status: true,
        topic: true,
        orderId: true,
        orderItem: { select: { kind: true, snapshot: true } },
        order: { select: { status: true, contactEmail: true, locale: true } },
      },
    });
    if (request.topic !== 'PASSENGER_DATA_CHANGE' || request.orderItem?.kind !== 'FLIGHT') throw new BackOfficeError('NOT_A_PASSENGER_CHANGE');
    if (request.status !== 'OPEN' && request.status !== 'AWAITING_PAYMENT') throw new BackOfficeError('NOT_OPEN');
    const item = reviveRulesItem(request.orderItem.snapshot, request.order.status);
    if (!item || item.kind !== 'FLIGHT') throw new BackOfficeError('NOT_A_PASSENGER_CHANGE');
    const money = await loadOrderMoney(tx, request.orderId);
    const schedule = await feeScheduleOfOrder(money.feeScheduleVersion, tx);
    const quote = quotePassengerDataChange(item, input.airlineCharge, money.rates, schedule);
    const charge = inPaymentCurrency(quote.total, money);
    await tx.serviceRequest.update({
      where: { id: request.id },
      data: {
        status: 'AWAITING_PAYMENT',
        chargeMinor: charge.amount,
        chargeCurrency: charge.currency,
        quote: JSON.parse(JSON.stringify({ type: 'PASSENGER_DATA_CHANGE', ...quote, charge })) as Prisma.InputJsonValue,
        clause: quote.clause,
      },
    });
    await recordAuditEvent(tx, {
      actor,
      action: 'service_request.charge_set',
      subjectType: 'ServiceRequest',
      subjectId: request.id,
      context: input.context,
      data: { reference: request.reference, airlineCharge: input.airlineCharge, chargeMinor: charge.amount, chargeCurrency: charge.currency },
    });
    await enqueueMail(tx, {
      template: 'request-decided',
      to: request.order.contactEmail,
      locale: request.order.locale,
      payload: { requestId: request.id, outcome: 'charge' },
      dedupeKey: `request:${request.id}:charge:${charge.amount}:${charge.currency}`,
      orderId: request.orderId,
    });
    return { chargeMinor: charge.amount, chargeCurrency: charge.currency };
  });
}
