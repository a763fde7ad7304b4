/**
 * The order as the back office shows it (request page and order page): status, items with their rules
 * and a fresh cancellation quote, passengers with MASKED document numbers (the full number only through
 * lib/privacy revealDocumentNumber, with a reason), the payment history and what is refundable.
 * Callers record the staff access (lib/privacy recordStaffAccess) in the same breath.
 */
import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import type { Viewer } from '@/lib/auth/viewer-types';
import type { Money } from '@/lib/money';
import { getRefundSummary, listOrderPayments, type PaymentRecord, type RefundSummary } from '@/lib/payments';
import { maskedDocumentNumber } from '@/lib/privacy/staff-access';
import { describeItemRules, quoteCancellation, type CancellationQuote, type MessageDescriptor } from '@/lib/rules';
import { feeScheduleOfOrder } from '@/lib/pricing/fee-schedule-of-order';
import { inPaymentCurrency } from '@/lib/pricing/in-payment-currency';
import { loadOrderMoney, type OrderMoney } from '../order-money';
import { zoneOfOffer } from '../load-after-sales-order';
import { reviveRulesItem } from '../revive-rules-item';

type StaffOrderItem = {
  id: string;
  kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER';
  title: string;
  startsAt: Date;
  /** the IANA zone where the item starts (airport, hotel, pick-up), for local times with their label */
  timeZone: string;
  cancelledAt: Date | null;
  price: Money;
  serviceFee: Money;
  rules: MessageDescriptor[];
  /** quoteCancellation at `now` (item currency), null for a cancelled item or an unreadable snapshot */
  quoteNow: CancellationQuote | null;
  /** the same refund in the payment's currency */
  refundNow: Money | null;
};

type StaffPassenger = { id: string; orderItemId: string; role: string; name: string; maskedDocument: string | null };

export type StaffOrderDetail = {
  id: string;
  reference: string;
  status: string;
  locale: string;
  contactEmail: string;
  userId: string | null;
  createdAt: Date;
  feeScheduleVersion: string | null;
  items: StaffOrderItem[];
  passengers: StaffPassenger[];
  payments: PaymentRecord[];
  refundSummary: RefundSummary | null;
  money: OrderMoney;
  events: { at: Date; from: string | null; to: string; reason: string }[];
};

export async function loadOrderDetail(client: Db | Tx, viewer: Viewer, where: { id: string } | { reference: string }, now: Date): Promise<StaffOrderDetail | null> {
  const order = await client.order.findUnique({
    where: 'id' in where ? { id: where.id } : { reference: where.reference },
    select: {
      id: true,
      reference: true,
      status: true,
      locale: true,
      contactEmail: true,
      userId: true,
      createdAt: true,
      items: {
        orderBy: { startsAt: 'asc' },
        select: { id: true, kind: true, title: true, startsAt: true, cancelledAt: true, priceAmountMinor: true, priceCurrency: true, serviceFeeAmountMinor: true, serviceFeeCurrency: true, snapshot: true },
      },
      passengers: { orderBy: [{ orderItemId: 'asc' }, { position: 'asc' }], select: { id: true, orderItemId: true, role: true, firstName: true, lastName: true, documentNumberEnc: true } },
      events: { orderBy: { at: 'desc' }, take: 30, select: { at: true, fromStatus: true, toStatus: true, reason: true } },
    },
  });
  if (!order) return null;
  const money = await loadOrderMoney(client, order.id);
  const schedule = await feeScheduleOfOrder(money.feeScheduleVersion, client);

  const items: StaffOrderItem[] = order.items.map((i) => {
    const item = reviveRulesItem(i.snapshot, order.status);
    let rules: MessageDescriptor[] = [];
    let quoteNow: CancellationQuote | null = null;
    let refundNow: Money | null = null;
    if (item) {
      try {
        rules = describeItemRules(item, i.cancelledAt ? undefined : now, { fx: money.rates, schedule });
        if (!i.cancelledAt) {
          quoteNow = quoteCancellation(item, now, money.rates, { schedule });
          refundNow = inPaymentCurrency(quoteNow.refund, money);
        }
      } catch {
        // A snapshot no rule can read is shown without rules rather than hiding the order.
      }
    }
    return {
      id: i.id,
      kind: i.kind,
      title: i.title,
      startsAt: i.startsAt,
      timeZone: zoneOfOffer((i.snapshot as { offer?: Record<string, unknown> } | null)?.offer),
      cancelledAt: i.cancelledAt,
      price: { amount: i.priceAmountMinor, currency: i.priceCurrency },
      serviceFee: { amount: i.serviceFeeAmountMinor, currency: i.serviceFeeCurrency },
      rules,
      quoteNow,
      refundNow,
    };
  });

  const passengers: StaffPassenger[] = [];
  for (const p of order.passengers) {
    passengers.push({
      id: p.id,
      orderItemId: p.orderItemId,
      role: p.role,
      name: `${p.firstName} ${p.lastName}`,
      maskedDocument: p.documentNumberEnc ? await maskedDocumentNumber(viewer, { model: 'OrderPassenger', id: p.id }) : null,
    });
  }
  const payments = await listOrderPayments(order.id);
  const refundSummary = money.paidPaymentId ? await getRefundSummary(money.paidPaymentId) : null;

  return {
    id: order.id,
    reference: order.reference,
    status: order.status,
    locale: order.locale,
    contactEmail: order.contactEmail,
    userId: order.userId,
    createdAt: order.createdAt,
    feeScheduleVersion: money.feeScheduleVersion,
    items,
    passengers,
    payments,
    refundSummary,
    money,
    events: order.events.map((e) => ({ at: e.at, from: e.fromStatus, to: e.toStatus, reason: e.reason })),
  };
}
