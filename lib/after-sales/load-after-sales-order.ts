/**
 * An order as after-sales reads it: its status, contact, the payment's currency and stored rates, and
 * every item with the rules item stored at booking (order_items.snapshot.rulesItem) turned back into
 * the shapes of lib/rules. Always loaded by the order id the caller was authorised for.
 */
import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import type { OrderStatus, ProductKind } from '@/lib/db/generated/enums';
import type { Rates } from '@/lib/money';
import type { FeeSchedule, Item } from '@/lib/rules';
import { feeScheduleOfOrder } from '@/lib/pricing/fee-schedule-of-order';
import { itemName } from '@/lib/booking/item-name';
import { isLocale } from '@/lib/i18n/locales';
import { reviveRulesItem } from './revive-rules-item';

export type AfterSalesItem = {
  id: string;
  kind: ProductKind;
  title: string;
  startsAt: Date;
  cancelledAt: Date | null;
  /** IANA zone where the service starts (from the booked offer) */
  timeZone: string;
  rulesItem: Item;
  hold: { id: string; kind: ProductKind; status: string; supplier: string } | null;
};

export type AfterSalesOrder = {
  id: string;
  reference: string;
  status: OrderStatus;
  userId: string | null;
  contactEmail: string;
  locale: string;
  paymentMethod: 'CARD' | 'OFFICE' | null;
  rates: Rates | undefined;
  schedule: FeeSchedule;
  items: AfterSalesItem[];
};

type Raw = Record<string, unknown>;

export function zoneOfOffer(offer: Raw | undefined): string {
  const slices = offer?.slices as Raw[] | undefined;
  const hotel = offer?.hotel as Raw | undefined;
  const zone = offer?.pickupTimeZone ?? slices?.[0]?.originTimeZone ?? hotel?.timeZone;
  if (typeof zone !== 'string') return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

export async function loadAfterSalesOrder(client: Db | Tx, orderId: string): Promise<AfterSalesOrder | null> {
  const order = await client.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      reference: true,
      status: true,
      userId: true,
      contactEmail: true,
      locale: true,
      checkout: { select: { paymentMethod: true, rates: true, feeScheduleVersion: true } },
      items: {
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          kind: true,
          title: true,
          startsAt: true,
          cancelledAt: true,
          snapshot: true,
          hold: { select: { id: true, kind: true, status: true, supplier: true } },
        },
      },
    },
  });
  if (!order) return null;
  const items: AfterSalesItem[] = [];
  for (const item of order.items) {
    const rulesItem = reviveRulesItem(item.snapshot, order.status);
    if (!rulesItem) continue;
    items.push({
      id: item.id,
      kind: item.kind,
      // the traveller's language at booking: catalog names, never codes (mails and pages alike)
      title: itemName(item, isLocale(order.locale) ? order.locale : 'en'),
      startsAt: item.startsAt,
      cancelledAt: item.cancelledAt,
      timeZone: zoneOfOffer((item.snapshot as { offer?: Raw } | null)?.offer),
      rulesItem,
      hold: item.hold,
    });
  }
  return {
    id: order.id,
    reference: order.reference,
    status: order.status,
    userId: order.userId,
    contactEmail: order.contactEmail,
    locale: order.locale,
    paymentMethod: order.checkout?.paymentMethod ?? null,
    rates: (order.checkout?.rates ?? undefined) as Rates | undefined,
    schedule: await feeScheduleOfOrder(order.checkout?.feeScheduleVersion, client),
    items,
  };
}
