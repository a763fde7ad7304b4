/**
 * The refund timeline of a trip: for each item, and for the whole trip, what comes back if the traveller
 * cancels at each moment from now until the last service starts. Pure over plain data.
 *
 * Never a second copy of the rules: the instants where a value may change are the deadlines
 * `describeItemRules` states (the same constants the checks use) plus the item's start, and every step's
 * value is `quoteCancellation` at the instant just past its deadline (at `now` for the first step). A
 * deadline whose quote equals the step before it is dropped, so what remains is exactly where the refund
 * changes. What is kept (penalty, the 15 AZN agency fee of Agreement 6.1, the service fee of 4.4 and 6.4)
 * is the quote's own split.
 */
import { add, zero, type Money, type Rates } from '@/lib/money';
import {
  describeItemRules,
  quoteCancellation,
  type CancellationQuote,
  type FeeSchedule,
  type Item,
  type ItemKind,
  type ReasonCode,
} from '@/lib/rules';

export type TimelineItemInput = {
  id: string;
  kind: ItemKind;
  label: string;
  /** IANA zone of the place where the service starts */
  timeZone: string;
  rulesItem: Item;
};

export type TimelineInput = {
  items: readonly TimelineItemInput[];
  now: Date;
  /** the order's (or the quote's) rates: converts the AZN agency fee into a flight's currency */
  fx?: Rates;
  schedule?: FeeSchedule;
  /** the traveller's zone, shown next to each place's own */
  travellerTimeZone: string;
};

/**
 * From `from` (included) until `to` (excluded; included for the last step) the quote is the step's.
 * A rule's deadline is either the last moment of the old value ("free until 18:00" is free at 18:00), so
 * the new one starts 1 ms after it (`justAfter`), or the first moment of the new one (at departure the
 * ticket is no longer refundable online). Both instants are quoted; neither is decided here.
 */
type TimelineStep = {
  from: Date;
  to: Date;
  /** the deadline this step follows: `from`, or 1 ms before it when `justAfter` */
  deadline: Date;
  justAfter: boolean;
  /** what comes back: the quote's refund when cancelling is allowed, else nothing */
  refund: Money;
  /** kept: penalty + agency fee + service fee (the quote's own parts) */
  penalty: Money;
  agencyFee: Money;
  serviceFeeKept: Money;
  allowed: boolean;
  reason: ReasonCode;
  clause: string;
};

export type ItemTimeline = {
  id: string;
  kind: ItemKind;
  label: string;
  timeZone: string;
  /** price + service fee: everything paid for the item */
  paid: Money;
  startsAt: Date;
  steps: TimelineStep[];
};

type TripStep = { from: Date; to: Date; refund: Money };

export type RefundTimeline = {
  now: Date;
  /** the last service's start: the chart's right edge */
  end: Date;
  travellerTimeZone: string;
  items: ItemTimeline[];
  /** per currency (a trip may mix currencies), the sum of every item's refund */
  trip: { currency: string; paid: Money; steps: TripStep[] }[];
};

/** The instant an item's service starts: cancelling online ends there for every kind. */
function itemStart(item: Item): Date {
  switch (item.kind) {
    case 'FLIGHT':
      return item.departureAt;
    case 'HOTEL':
      return item.checkInAt;
    case 'TRANSFER':
      return item.pickupAt;
  }
}

/** The deadlines the rules state for an item (every instant in its described rules), and its start. */
export function itemDeadlines(item: Item, options: { fx?: Rates; schedule?: FeeSchedule } = {}): Date[] {
  const instants = new Set<number>([itemStart(item).getTime()]);
  for (const m of describeItemRules(item, undefined, options)) {
    for (const value of Object.values(m.values)) if (value instanceof Date) instants.add(value.getTime());
  }
  return [...instants].sort((a, b) => a - b).map((ms) => new Date(ms));
}

function stepOf(quote: CancellationQuote, probe: { at: Date; deadline: Date; justAfter: boolean }, to: Date): TimelineStep {
  return {
    from: probe.at,
    to,
    deadline: probe.deadline,
    justAfter: probe.justAfter,
    refund: quote.allowed ? quote.refund : zero(quote.refund.currency),
    penalty: quote.penalty,
    agencyFee: quote.agencyFee,
    serviceFeeKept: quote.serviceFeeKept,
    allowed: quote.allowed,
    reason: quote.reason,
    clause: quote.clause,
  };
}

function sameStep(a: TimelineStep, b: TimelineStep): boolean {
  return (
    a.allowed === b.allowed &&
    a.reason === b.reason &&
    a.refund.amount === b.refund.amount &&
    a.penalty.amount === b.penalty.amount &&
    a.agencyFee.amount === b.agencyFee.amount &&
    a.serviceFeeKept.amount === b.serviceFeeKept.amount
  );
}

/** The value at `at` of a step list: the step whose [from, to) holds it, the last one up to its `to`. */
export function refundAt(steps: readonly { from: Date; to: Date; refund: Money }[], at: Date): Money | null {
  const ms = at.getTime();
  for (const [i, s] of steps.entries()) {
    const last = i === steps.length - 1;
    if (ms >= s.from.getTime() && (ms < s.to.getTime() || (last && ms === s.to.getTime()))) return s.refund;
  }
  return null;
}

/** The instants to quote: now, then every deadline and the millisecond after it, up to `end`. */
function probeInstants(deadlines: readonly Date[], now: Date, end: Date): { at: Date; deadline: Date; justAfter: boolean }[] {
  const probes = new Map<number, { at: Date; deadline: Date; justAfter: boolean }>();
  probes.set(now.getTime(), { at: now, deadline: now, justAfter: false });
  for (const d of deadlines) {
    for (const [ms, justAfter] of [[d.getTime(), false], [d.getTime() + 1, true]] as const) {
      if (ms > now.getTime() && ms <= end.getTime() && !probes.has(ms)) probes.set(ms, { at: new Date(ms), deadline: d, justAfter });
    }
  }
  return [...probes.values()].sort((x, y) => x.at.getTime() - y.at.getTime());
}

function itemTimeline(input: TimelineItemInput, now: Date, end: Date, options: { fx?: Rates; schedule?: FeeSchedule }): ItemTimeline {
  const item = input.rulesItem;
  const probes = probeInstants(itemDeadlines(item, options), now, end);
  const steps: TimelineStep[] = [];
  probes.forEach((probe, i) => {
    const quote = quoteCancellation(item, probe.at, options.fx, { schedule: options.schedule });
    const step = stepOf(quote, probe, probes[i + 1]?.at ?? end);
    const last = steps.at(-1);
    if (last && sameStep(last, step)) last.to = step.to;
    else steps.push(step);
  });
  return {
    id: input.id,
    kind: input.kind,
    label: input.label,
    timeZone: input.timeZone,
    paid: add(item.price, item.serviceFee),
    startsAt: itemStart(item),
    steps,
  };
}

export function refundTimeline({ items, now, fx, schedule, travellerTimeZone }: TimelineInput): RefundTimeline {
  const startMs = items.map((i) => itemStart(i.rulesItem).getTime());
  const end = new Date(Math.max(now.getTime() + 1, ...startMs));
  const timelines = items.map((i) => itemTimeline(i, now, end, { fx, schedule }));

  const currencies = [...new Set(timelines.map((t) => t.paid.currency))];
  const trip = currencies.map((currency) => {
    const mine = timelines.filter((t) => t.paid.currency === currency);
    const bounds = [...new Set(mine.flatMap((t) => t.steps.map((s) => s.from.getTime())))].sort((x, y) => x - y);
    const steps: TripStep[] = [];
    bounds.forEach((ms, i) => {
      const probe = new Date(ms);
      const refund = mine.reduce((total, t) => add(total, refundAt(t.steps, probe) ?? zero(currency)), zero(currency));
      const to = new Date(bounds[i + 1] ?? end.getTime());
      const last = steps.at(-1);
      if (last && last.refund.amount === refund.amount) last.to = to;
      else steps.push({ from: probe, to, refund });
    });
    const paid = mine.reduce((total, t) => add(total, t.paid), zero(currency));
    return { currency, paid, steps };
  });
  return { now, end, travellerTimeZone, items: timelines, trip };
}
