import { describe, expect, it } from 'vitest';
import { quoteCancellation, type Item } from '@/lib/rules';
import { azn, flight, hotel, HOUR, RATES, transfer, usd } from '@/lib/rules/test-factories';
import { itemDeadlines, refundAt, refundTimeline, type TimelineItemInput } from './refund-timeline';

const input = (id: string, rulesItem: Item, timeZone = 'Asia/Baku'): TimelineItemInput => ({ id, kind: rulesItem.kind, label: id, timeZone, rulesItem });
const amounts = (steps: { refund: { amount: number } }[]) => steps.map((s) => s.refund.amount);

/** What the server would answer at `at`: the quote's refund when allowed, nothing otherwise. */
const served = (item: Item, at: Date) => {
  const q = quoteCancellation(item, at, RATES);
  return q.allowed ? q.refund.amount : 0;
};

/** Every step boundary, 1 ms either side, and a spread of instants in between. */
function probes(from: Date, to: Date, boundaries: Date[]): Date[] {
  const out = [from, to];
  for (const b of boundaries) out.push(new Date(b.getTime() - 1), b, new Date(b.getTime() + 1));
  for (let i = 1; i < 200; i++) out.push(new Date(from.getTime() + ((to.getTime() - from.getTime()) * i) / 200));
  return out.filter((d) => d >= from && d <= to);
}

describe('refundTimeline: steps per item', () => {
  it('transfer (Agreement 6.2): free until 5 h before pickup, cutoff included, then nothing', () => {
    const item = transfer();
    const now = new Date(item.pickupAt.getTime() - 48 * HOUR);
    const [t] = refundTimeline({ items: [input('t', item)], now, travellerTimeZone: 'Asia/Baku' }).items;
    expect(amounts(t!.steps)).toEqual([6000, 0, 0]);
    // 5 h 00 min before is still free: the late step starts 1 ms after the cutoff.
    expect(t!.steps[1]!.from).toEqual(new Date(item.pickupAt.getTime() - 5 * HOUR + 1));
    expect(t!.steps[1]!).toMatchObject({ justAfter: true, deadline: new Date(item.pickupAt.getTime() - 5 * HOUR) });
    expect(t!.steps[2]!).toMatchObject({ from: item.pickupAt, justAfter: false, allowed: false, reason: 'TRANSFER_PICKUP_PASSED' });
    expect(t!.steps[0]!.serviceFeeKept).toEqual(azn('5')); // Agreement 4.4, 6.4
    expect(t!.steps[1]!.reason).toBe('TRANSFER_LATE_CANCELLATION');
    expect(t!.paid).toEqual(azn('65'));
  });

  it('hotel (6.3): full price until the free deadline, then the first night is kept', () => {
    const item = hotel();
    const now = new Date('2025-06-20T00:00:00Z');
    const [h] = refundTimeline({ items: [input('h', item)], now, travellerTimeZone: 'Asia/Baku' }).items;
    expect(amounts(h!.steps)).toEqual([40000, 30000, 0]);
    expect(h!.steps[1]!.deadline).toEqual(new Date('2025-06-28T19:59:00Z'));
    expect(h!.steps[2]!.reason).toBe('HOTEL_CHECK_IN_PASSED');
    expect(h!.steps[1]!.penalty).toEqual(azn('100'));
  });

  it('flight (6.1): the fare penalty and the 15 AZN agency fee are kept, converted into the fare currency', () => {
    const item = flight({ price: usd('300') });
    const now = new Date('2025-06-01T00:00:00Z');
    const [f] = refundTimeline({ items: [input('f', item)], now, fx: RATES, travellerTimeZone: 'Asia/Baku' }).items;
    expect(f!.steps.map((s) => s.reason)).toEqual(['FARE_RULES_REFUND', 'FLIGHT_DEPARTED']);
    expect(f!.steps[0]!.agencyFee).toEqual(quoteCancellation(item, now, RATES).agencyFee);
    expect(f!.steps[0]!.agencyFee.currency).toBe('USD');
    expect(f!.steps[0]!.refund.amount).toBe(30000 - 5000 - f!.steps[0]!.agencyFee.amount);
  });

  it('a non-refundable rate is one step of nothing, the rate refused', () => {
    const item = hotel({ cancellation: { type: 'NON_REFUNDABLE' } });
    const [h] = refundTimeline({ items: [input('h', item)], now: new Date('2025-06-20T00:00:00Z'), travellerTimeZone: 'UTC' }).items;
    expect(h!.steps.map((s) => [s.allowed, s.refund.amount])).toEqual([[false, 0]]);
  });

  it('deadlines already past are not steps; the window runs from now', () => {
    const item = transfer();
    const now = new Date(item.pickupAt.getTime() - 2 * HOUR);
    const [t] = refundTimeline({ items: [input('t', item)], now, travellerTimeZone: 'UTC' }).items;
    expect(t!.steps.map((s) => s.reason)).toEqual(['TRANSFER_LATE_CANCELLATION', 'TRANSFER_PICKUP_PASSED']);
    expect(t!.steps[0]!.from).toEqual(now);
    expect(t!.steps[0]!.refund.amount).toBe(0);
  });

  it('deadlines come from the described rules and the start, nothing else', () => {
    const item = transfer();
    const ms = itemDeadlines(item).map((d) => (item.pickupAt.getTime() - d.getTime()) / HOUR);
    expect(ms).toEqual([24, 16, 5, 0]); // extras, changes, free cancellation, pickup
  });
});

describe('refundTimeline: the chart equals the quotes the server gives', () => {
  const now = new Date('2025-06-20T00:00:00Z');
  const cases: [string, Item][] = [
    ['flight', flight({ departureAt: new Date('2025-07-02T06:00:00Z') })],
    ['hotel (percent)', hotel({ cancellation: { type: 'FREE_UNTIL', freeUntil: new Date('2025-06-29T12:00:00Z'), penalty: { kind: 'PERCENT', percent: 35 } } })],
    ['transfer (premium, 24 h)', transfer({ vehicleClass: 'BUSINESS' })],
  ];

  it.each(cases)('%s: at every boundary ±1 ms and between', (_, item) => {
    const timeline = refundTimeline({ items: [input('x', item)], now, fx: RATES, travellerTimeZone: 'Asia/Baku' });
    const steps = timeline.items[0]!.steps;
    for (const at of probes(now, timeline.end, steps.map((s) => s.to))) {
      expect({ at, refund: refundAt(steps, at)?.amount }).toEqual({ at, refund: served(item, at) });
    }
  });

  it('the trip line is the sum of the items at every instant, per currency', () => {
    const items = cases.map(([name, item], i) => input(`${i}${name}`, item));
    const kzHotel = input('kz', hotel({ price: { amount: 9_000_000, currency: 'KZT' }, firstNight: { amount: 3_000_000, currency: 'KZT' } }));
    const timeline = refundTimeline({ items: [...items, kzHotel], now, fx: RATES, travellerTimeZone: 'Asia/Baku' });
    expect(timeline.trip.map((t) => t.currency).sort()).toEqual(['AZN', 'KZT']);
    const aznLine = timeline.trip.find((t) => t.currency === 'AZN')!;
    const boundaries = timeline.items.flatMap((t) => t.steps.map((s) => s.to));
    for (const at of probes(now, timeline.end, boundaries)) {
      const expected = cases.reduce((total, [, item]) => total + served(item, at), 0);
      expect({ at, refund: refundAt(aznLine.steps, at)?.amount }).toEqual({ at, refund: expected });
    }
    expect(aznLine.paid.amount).toBe(cases.reduce((t, [, item]) => t + item.price.amount + item.serviceFee.amount, 0));
  });

  it('across a daylight-saving change (Europe/Berlin, 30 March 2025): 24 h is 24 real hours, 09:00 local the day before a 10:00 pickup', () => {
    // Pickup 10:00 CEST on 30 March = 08:00Z; the night before, Berlin was on CET (UTC+1).
    const item = transfer({ vehicleClass: 'PREMIUM', pickupAt: new Date('2025-03-30T08:00:00Z') });
    const start = new Date('2025-03-27T12:00:00Z');
    const timeline = refundTimeline({ items: [input('b', item, 'Europe/Berlin')], now: start, travellerTimeZone: 'Europe/Berlin' });
    const steps = timeline.items[0]!.steps;
    expect(amounts(steps)).toEqual([6000, 0, 0]);
    const deadline = steps[1]!.deadline;
    expect(deadline).toEqual(new Date('2025-03-29T08:00:00Z'));
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', timeStyle: 'short' }).format(deadline)).toBe('09:00');
    for (const at of probes(start, timeline.end, [deadline, new Date('2025-03-30T01:00:00Z')])) {
      expect({ at, refund: refundAt(steps, at)?.amount }).toEqual({ at, refund: served(item, at) });
    }
  });
});
