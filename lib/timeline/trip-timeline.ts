/**
 * The refund timeline of a trip not yet booked (trip page, checkout) and of a placed order (booking
 * page). The prices are lib/pricing's: a trip is priced by `priceTrip` (the same quote checkout shows
 * and placeOrder charges), an order by the rules items it stored at booking (price after discount,
 * the service fee charged, its rates and fee schedule).
 */
import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import type { Offer } from '@/lib/inventory/supplier';
import { offerFacts } from '@/lib/booking/offer-facts';
import { pricedRulesItem } from '@/lib/pricing/priced-rules-item';
import { priceTrip, type TripPricing } from '@/lib/pricing/price-trip';
import { loadAfterSalesOrder } from '@/lib/after-sales/load-after-sales-order';
import type { Item } from '@/lib/rules';
import { refundTimeline, type RefundTimeline, type TimelineItemInput } from './refund-timeline';

/** Where the agency is, for a trip that starts with no flight to tell where the traveller sets out. */
const AGENCY_TIME_ZONE = 'Asia/Baku';

/**
 * The traveller's own clock: the zone of the trip's first departure (where they set out from), else the
 * agency's. The server cannot know the browser's zone without a script, and public-page caching forbids
 * reading it from a cookie on those pages.
 */
function travellerZoneOf(items: readonly { kind: string; timeZone: string; startsAt: Date }[]): string {
  const flights = items.filter((i) => i.kind === 'FLIGHT').sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return flights[0]?.timeZone ?? AGENCY_TIME_ZONE;
}

/**
 * A trip's timeline from its pricing. Flights are shown as ticketed: the ticket is issued within seconds
 * of the payment, and before that Agreement 4.5 returns everything, which is not what the traveller plans on.
 */
export function timelineOfTripPricing(
  entries: readonly { id: string; label: string; offer: Offer }[],
  pricing: TripPricing,
  now: Date,
): RefundTimeline {
  const items: TimelineItemInput[] = entries.map(({ id, label, offer }, i) => {
    const line = pricing.quote.breakdown.lines[i]!;
    const priced = pricedRulesItem(offer, line.price, line.serviceFee);
    const rulesItem: Item = priced.kind === 'FLIGHT' ? { ...priced, issued: true } : priced;
    return { id, kind: offer.kind, label, timeZone: offerFacts(offer).timeZone, rulesItem };
  });
  const zones = entries.map(({ offer }) => ({ kind: offer.kind, ...offerFacts(offer) }));
  return refundTimeline({ items, now, fx: pricing.rates, schedule: pricing.schedule, travellerTimeZone: travellerZoneOf(zones) });
}

export type LoadTripTimelineInput = {
  entries: readonly { id: string; label: string; offer: Offer }[];
  promoCode: string | null;
  customerKey: string | null;
  now: Date;
};

/** Prices the trip (lib/pricing) and builds its timeline; null for an empty trip. */
export async function loadTripTimeline(client: Db | Tx, input: LoadTripTimelineInput): Promise<RefundTimeline | null> {
  if (input.entries.length === 0) return null;
  const pricing = await priceTrip(client, { offers: input.entries.map((e) => e.offer), promoCode: input.promoCode, customerKey: input.customerKey, at: input.now });
  return timelineOfTripPricing(input.entries, pricing, input.now);
}

/** Orders whose items can still be cancelled and refunded: the timeline means something only for them. */
const TIMELINE_ORDER_STATUSES = ['PAID', 'ISSUED', 'CANCELLATION_REQUESTED'];

/**
 * A placed order's timeline from the rules items it stored (what after-sales quotes from), its rates and
 * its fee schedule; cancelled items are left out. Null when nothing is left to cancel. The caller has
 * authorised access to `orderId` (requireBookingAccess).
 */
export async function loadOrderTimeline(client: Db | Tx, orderId: string, now: Date): Promise<RefundTimeline | null> {
  const order = await loadAfterSalesOrder(client, orderId);
  if (!order || !TIMELINE_ORDER_STATUSES.includes(order.status)) return null;
  const live = order.items.filter((i) => !i.cancelledAt);
  if (live.length === 0) return null;
  return refundTimeline({
    items: live.map((i) => ({ id: i.id, kind: i.kind, label: i.title, timeZone: i.timeZone, rulesItem: i.rulesItem })),
    now,
    fx: order.rates,
    schedule: order.schedule,
    travellerTimeZone: travellerZoneOf(live),
  });
}
