/**
 * An order as after-sales reads it: its status, contact, the payment's currency and stored rates, and
 * every item with the rules item stored at booking (order_items.snapshot.rulesItem) turned back into
 * the shapes of lib/rules. Always loaded by the order id the caller was authorised for.
 */
import type { Db, Tx } from '@/lib/db/client';
import type { OrderStatus, ProductKind } from '@/lib/db/generated/enums';
import type { Rates } from '@/lib/money';
import { CURRENT_FEE_SCHEDULE, RulesError, type FeeSchedule, type Item } from '@/lib/rules';
import { feeScheduleForOrder } from './admin/fee-schedules';

export type AfterSalesItem = {
  id: string;
  kind: ProductKind;
  title: string;
  startsAt: Date;
  cancelledAt: Date | null;
  /** IANA zone where the service starts (from the booked offer) */
  timeZone: string;
  rulesItem: Item;
  hold: { id: string; kind: ProductKind; status: string } | null;
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

function zoneOfOffer(offer: Raw | undefined): string {
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

/**
 * The stored rules item with its ISO strings revived as instants. An order that reached ISSUED has its
 * tickets, so its flights count as issued (the snapshot was written at booking, before issuing).
 */
export function reviveRulesItem(snapshot: unknown, orderStatus: OrderStatus): Item | null {
  const raw = (snapshot as { rulesItem?: Raw } | null)?.rulesItem;
  if (!raw || typeof raw !== 'object') return null;
  const at = (v: unknown) => new Date(String(v));
  switch (raw.kind) {
    case 'FLIGHT':
      return {
        ...(raw as unknown as Extract<Item, { kind: 'FLIGHT' }>),
        departureAt: at(raw.departureAt),
        issued: raw.issued === true || orderStatus === 'ISSUED' || orderStatus === 'CANCELLATION_REQUESTED' || orderStatus === 'CANCELLED',
      };
    case 'HOTEL': {
      const policy = raw.cancellation as Raw;
      return {
        ...(raw as unknown as Extract<Item, { kind: 'HOTEL' }>),
        checkInAt: at(raw.checkInAt),
        cancellation:
          policy?.type === 'FREE_UNTIL'
            ? { type: 'FREE_UNTIL', freeUntil: at(policy.freeUntil), penalty: policy.penalty as never }
            : { type: 'NON_REFUNDABLE' },
      };
    }
    case 'TRANSFER':
      return { ...(raw as unknown as Extract<Item, { kind: 'TRANSFER' }>), pickupAt: at(raw.pickupAt) };
    default:
      return null;
  }
}

/** The fee schedule the order was priced with: built-in or published by an admin (its stored version). */
async function scheduleOf(client: Db | Tx, version: string | null | undefined): Promise<FeeSchedule> {
  if (!version) return CURRENT_FEE_SCHEDULE;
  try {
    return await feeScheduleForOrder(version, client);
  } catch (error) {
    // The agency fees of Agreement 6.1 and 3.1.4 are the agreement's own 15 AZN in every schedule, and
    // after-sales never recomputes a service fee: an unknown version still quotes correctly.
    if (error instanceof RulesError) return CURRENT_FEE_SCHEDULE;
    throw error;
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
          hold: { select: { id: true, kind: true, status: true } },
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
      title: item.title,
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
    schedule: await scheduleOf(client, order.checkout?.feeScheduleVersion),
    items,
  };
}
