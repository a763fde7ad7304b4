/**
 * Property-based tests (fast-check) of the invariants the agreement implies for every item and moment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money, type Rates } from '../money';
import { checkTransferBooking } from './check-transfer-booking';
import { checkTransferChange } from './check-transfer-change';
import { checkTransferExtras } from './check-transfer-extras';
import { evaluatePromo, type PromoCode } from './evaluate-promo';
import { quoteCancellation } from './quote-cancellation';
import { quoteRefusalRefund } from './quote-refusal-refund';
import { VEHICLE_CLASSES } from './transfer-classes';
import type { Item, ItemKind } from './types';

const T0 = Date.parse('2025-01-01T00:00:00Z');
const SPAN = 90 * 24 * 3_600_000;

const currencyArb = fc.constantFrom('AZN', 'KZT', 'USD');
const instantArb = fc.integer({ min: T0, max: T0 + SPAN }).map((ms) => new Date(ms));
const ratesArb: fc.Arbitrary<Rates> = fc
  .record({ usd: fc.integer({ min: 1_000, max: 50_000 }), kzt: fc.integer({ min: 5_000, max: 100_000 }) })
  .map(({ usd, kzt }) => ({ asOf: '2025-01-01', base: 'AZN', perBase: { USD: (usd / 10_000).toFixed(4), KZT: (kzt / 100).toFixed(2) } }));

const itemArb: fc.Arbitrary<Item> = fc
  .record({
    currency: currencyArb,
    price: fc.integer({ min: 0, max: 1_000_000_000 }),
    fee: fc.integer({ min: 0, max: 10_000_000 }),
    when: instantArb,
    other: instantArb,
    n: fc.integer({ min: 0, max: 2_000_000_000 }),
  })
  .chain(({ currency, price, fee, when, other, n }) => {
    const m = (amount: number) => money(amount, currency);
    const base = { price: m(price), serviceFee: m(fee) };
    return fc.oneof(
      fc
        .record({ issued: fc.boolean(), refundable: fc.boolean(), changeable: fc.boolean(), hasPenalty: fc.boolean() })
        .map((f): Item => ({
          kind: 'FLIGHT',
          ...base,
          departureAt: when,
          issued: f.issued,
          fareRules: { refundable: f.refundable, refundPenalty: f.hasPenalty ? m(n) : null, changeable: f.changeable, changeFee: null },
        })),
      fc
        .oneof(
          fc.constant({ type: 'NON_REFUNDABLE' } as const),
          fc.constant({ type: 'FREE_UNTIL', freeUntil: other, penalty: { kind: 'FIRST_NIGHT' } } as const),
          fc
            .double({ min: 0, max: 100, noNaN: true })
            .map((percent) => ({ type: 'FREE_UNTIL', freeUntil: other, penalty: { kind: 'PERCENT', percent } }) as const),
        )
        .map((cancellation): Item => ({ kind: 'HOTEL', ...base, checkInAt: when, firstNight: m(n), cancellation })),
      fc.constantFrom(...VEHICLE_CLASSES).map((vehicleClass): Item => ({ kind: 'TRANSFER', ...base, vehicleClass, pickupAt: when })),
    );
  });

describe('quoteCancellation properties', () => {
  it('a refund is never negative and never exceeds what was paid for the item', () => {
    fc.assert(
      fc.property(itemArb, instantArb, ratesArb, (item, at, fx) => {
        const q = quoteCancellation(item, at, fx);
        expect(q.refund.amount).toBeGreaterThanOrEqual(0);
        expect(q.refund.amount).toBeLessThanOrEqual(item.price.amount + item.serviceFee.amount);
        // Only Agreement 4.5 returns the service fee too.
        if (q.clause !== 'Agreement 4.5') expect(q.refund.amount).toBeLessThanOrEqual(item.price.amount);
        for (const part of [q.penalty, q.agencyFee, q.serviceFeeKept]) expect(part.amount).toBeGreaterThanOrEqual(0);
        if (!q.allowed) expect(q.refund.amount).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('the service fee is kept in every quote but Agreement 4.5 (not issued)', () => {
    fc.assert(
      fc.property(itemArb, instantArb, ratesArb, (item, at, fx) => {
        const q = quoteCancellation(item, at, fx);
        if (q.reason === 'TICKET_NOT_ISSUED') {
          expect(q.clause).toBe('Agreement 4.5');
          expect(q.serviceFeeKept.amount).toBe(0);
          expect(q.refund.amount).toBe(item.price.amount + item.serviceFee.amount);
        } else {
          expect(q.serviceFeeKept).toEqual(item.serviceFee);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('Agreement 8.5: a refusal returns everything paid, service fee included', () => {
    fc.assert(
      fc.property(itemArb, instantArb, (item, at) => {
        const paid = money(item.price.amount + item.serviceFee.amount, item.price.currency);
        expect(quoteRefusalRefund(paid, at).refund).toEqual(paid);
      }),
    );
  });

  it('moving `at` later never increases a refund', () => {
    fc.assert(
      fc.property(itemArb, instantArb, instantArb, ratesArb, (item, a, b, fx) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(quoteCancellation(item, late, fx).refund.amount).toBeLessThanOrEqual(
          quoteCancellation(item, early, fx).refund.amount,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('every part of what was paid is accounted for exactly once', () => {
    fc.assert(
      fc.property(itemArb, instantArb, ratesArb, (item, at, fx) => {
        const q = quoteCancellation(item, at, fx);
        expect(q.penalty.amount + q.agencyFee.amount + q.serviceFeeKept.amount + q.refund.amount).toBe(
          item.price.amount + item.serviceFee.amount,
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('transfer window properties (Agreement 6.2)', () => {
  const checks = [
    (c: (typeof VEHICLE_CLASSES)[number], p: Date, at: Date) => checkTransferBooking(c, p, at),
    (c: (typeof VEHICLE_CLASSES)[number], p: Date, at: Date) => checkTransferChange(c, p, at),
    (_c: (typeof VEHICLE_CLASSES)[number], p: Date, at: Date) => checkTransferExtras(p, at),
  ];

  it('allowed exactly when at <= latestAt, and a later moment never reopens a window', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...checks),
        fc.constantFrom(...VEHICLE_CLASSES),
        instantArb,
        instantArb,
        instantArb,
        (check, vehicleClass, pickupAt, a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const first = check(vehicleClass, pickupAt, early);
          const second = check(vehicleClass, pickupAt, late);
          expect(first.allowed).toBe(early.getTime() <= first.latestAt.getTime());
          expect(first.latestAt).toEqual(second.latestAt);
          if (second.allowed) expect(first.allowed).toBe(true);
        },
      ),
    );
  });
});

describe('promo properties (Agreement 7)', () => {
  const kinds: ItemKind[] = ['FLIGHT', 'HOTEL', 'TRANSFER'];
  const promoArb: fc.Arbitrary<PromoCode> = fc
    .record({
      percent: fc.integer({ min: 1, max: 100 }),
      fixed: fc.option(fc.integer({ min: 0, max: 10_000_000 })),
      cap: fc.option(fc.integer({ min: 0, max: 10_000_000 })),
      kinds: fc.subarray(kinds, { minLength: 1 }),
    })
    .map((p) => ({
      code: 'P',
      active: true,
      discount: p.fixed === null ? { type: 'PERCENT', percent: p.percent } : { type: 'FIXED', amount: money(p.fixed, 'AZN') },
      kinds: p.kinds,
      validFrom: new Date(T0),
      validUntil: new Date(T0 + SPAN),
      maxUses: null,
      timesUsed: 0,
      maxUsesPerCustomer: null,
      minimumSpend: null,
      maxDiscount: p.cap === null ? null : money(p.cap, 'AZN'),
    }));
  const linesArb = fc.array(
    fc.record({
      kind: fc.constantFrom(...kinds),
      providerCost: fc.tuple(currencyArb, fc.integer({ min: 0, max: 100_000_000 })).map(([c, a]) => money(a, c)),
    }),
    { maxLength: 6 },
  );

  it('a discount is never negative and never exceeds its line; a single-currency order never gets more than the cap', () => {
    fc.assert(
      fc.property(promoArb, linesArb, ratesArb, (promo, lines, fx) => {
        const result = evaluatePromo({ promo, lines, at: new Date(T0), fx });
        result.lineDiscounts.forEach((d, i) => {
          const line = lines[i]!;
          expect(d.currency).toBe(line.providerCost.currency);
          expect(d.amount).toBeGreaterThanOrEqual(0);
          expect(d.amount).toBeLessThanOrEqual(line.providerCost.amount);
          if (!promo.kinds.includes(line.kind)) expect(d.amount).toBe(0);
        });
        const azn = result.totals.find((t) => t.currency === 'AZN')?.amount ?? 0;
        if (lines.every((l) => l.providerCost.currency === 'AZN')) {
          if (promo.maxDiscount) expect(azn).toBeLessThanOrEqual(promo.maxDiscount.amount);
          if (promo.discount.type === 'FIXED') expect(azn).toBeLessThanOrEqual(promo.discount.amount.amount);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
