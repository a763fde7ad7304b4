import { describe, expect, it } from 'vitest';
import { convert } from '@/lib/money';
import { CURRENT_FEE_SCHEDULE, type FeeSchedule, type MessageDescriptor, type PromoCode } from '@/lib/rules';
import { quoteTrip } from './quote-trip';
import { ratesOrReference, REFERENCE_RATES } from './rates-or-reference';
import { azn, flightOffer, hotelOffer, kzt, NOW, RATES, transferOffer, usd } from './test-offers';

const base = { schedule: CURRENT_FEE_SCHEDULE, rates: RATES, promo: null, at: NOW };

function promo(overrides: Partial<PromoCode> = {}): PromoCode {
  return {
    code: 'WINTER',
    active: true,
    discount: { type: 'PERCENT', percent: 10 },
    kinds: ['FLIGHT', 'HOTEL', 'TRANSFER'],
    validFrom: new Date('2026-11-01T00:00:00Z'),
    validUntil: new Date('2026-12-31T23:59:59Z'),
    maxUses: null,
    timesUsed: 0,
    maxUsesPerCustomer: null,
    minimumSpend: null,
    maxDiscount: null,
    ...overrides,
  };
}

const keys = (messages: MessageDescriptor[]) => messages.map((m) => m.key);
const valueOf = (messages: MessageDescriptor[], key: string, name: string) => messages.find((m) => m.key === key)?.values[name];

describe('quoteTrip: one currency (Agreement 4.3, 4.4)', () => {
  it('shows the provider cost and the service fee apart, and charges exactly the total in that currency', () => {
    const quote = quoteTrip({ ...base, offers: [flightOffer(azn('300')), transferOffer(azn('60'))] });
    expect(quote.breakdown.lines.map((l) => [l.providerCost, l.serviceFee, l.total])).toEqual([
      [azn('300'), azn('10'), azn('310')],
      [azn('60'), azn('5'), azn('65')],
    ]);
    expect(quote.breakdown.totals).toEqual([
      { currency: 'AZN', providerCost: azn('360'), discount: azn('0'), price: azn('360'), serviceFee: azn('15'), total: azn('375') },
    ]);
    expect(quote.breakdown.serviceFeeRefundable).toBe(false);
    expect(quote).toMatchObject({ charge: azn('375'), converted: false, promo: null });
  });

  it('Agreement 4.3: the hotel fee is 3 % of the provider cost, never below the 5 AZN minimum', () => {
    const quote = quoteTrip({ ...base, offers: [hotelOffer(azn('400')), hotelOffer(azn('100'))] });
    expect(quote.breakdown.lines.map((l) => l.serviceFee)).toEqual([azn('12'), azn('5')]);
  });

  it('Agreement 4.3: an AZN trip needs no rates at all', () => {
    const quote = quoteTrip({ ...base, rates: null, offers: [flightOffer(azn('300')), hotelOffer(azn('400'))] });
    // 300 + 10, 400 + 3 % of 400
    expect(quote).toMatchObject({ charge: azn('722'), converted: false });
  });

  it('Agreement 4.4, 6.4: every line carries its rules, the non-refundable service fee among them', () => {
    const quote = quoteTrip({ ...base, offers: [flightOffer(azn('300')), transferOffer(azn('60'))] });
    expect(quote.rules).toHaveLength(2);
    expect(valueOf(quote.rules[0]!, 'common.serviceFeeNonRefundable', 'fee')).toEqual(azn('10'));
    expect(valueOf(quote.rules[0]!, 'flight.agencyFee', 'fee')).toEqual(azn('15'));
    expect(keys(quote.rules[1]!)).toContain('transfer.freeCancellation');
  });
});

describe('quoteTrip: several suppliers and currencies (Agreement 4.3, 4.6)', () => {
  const offers = [flightOffer(usd('200'), { supplier: 'duffel' }), hotelOffer(kzt('40000'), { supplier: 'catalog' }), transferOffer(azn('60'))];

  it('prices each line in its supplier’s currency, converting only the AZN fee amounts into it', () => {
    const quote = quoteTrip({ ...base, offers });
    // 10 AZN at 0.5 USD; 3 % of 40,000 KZT = 1,200 KZT, above the 5 AZN = 1,000 KZT minimum
    expect(quote.breakdown.lines.map((l) => l.serviceFee)).toEqual([usd('5'), kzt('1200'), azn('5')]);
    expect(quote.breakdown.totals.map((t) => t.total)).toEqual([usd('205'), kzt('41200'), azn('65')]);
  });

  it('never adds currencies together, and charges the card once, in AZN at the order’s rates', () => {
    const quote = quoteTrip({ ...base, offers });
    expect(quote.breakdown.totals.map((t) => t.currency)).toEqual(['USD', 'KZT', 'AZN']);
    // 205 USD / 0.5 + 41,200 KZT / 200 + 65 AZN
    expect(quote).toMatchObject({ charge: azn('681'), converted: true });
  });

  it('applies the hotel minimum converted into the hotel’s currency', () => {
    const quote = quoteTrip({ ...base, offers: [hotelOffer(kzt('20000'))] });
    expect(quote.breakdown.lines[0]!.serviceFee).toEqual(kzt('1000'));
  });

  it('offers of two suppliers in one currency make one total and an unconverted charge', () => {
    const quote = quoteTrip({ ...base, offers: [flightOffer(usd('200'), { supplier: 'duffel' }), hotelOffer(usd('300'), { supplier: 'catalog' })] });
    // 200 + 10 AZN at 0.5, 300 + 3 % of 300 (above 5 AZN = 2.50 USD)
    expect(quote.breakdown.totals.map((t) => t.total)).toEqual([usd('514')]);
    expect(quote).toMatchObject({ charge: usd('514'), converted: false });
  });
});

describe('quoteTrip: the exchange-rate fallback (Agreement 4.6)', () => {
  it('refuses to guess a rate it does not have', () => {
    expect(() => quoteTrip({ ...base, rates: null, offers: [flightOffer(usd('200'))] })).toThrow(expect.objectContaining({ code: 'MISSING_RATE' }));
    expect(() => quoteTrip({ ...base, rates: { ...RATES, perBase: { KZT: '200' } }, offers: [flightOffer(usd('200'))] })).toThrow(
      expect.objectContaining({ code: 'MISSING_RATE' }),
    );
  });

  it('prices with the reference rates when none are stored', () => {
    const quote = quoteTrip({ ...base, rates: ratesOrReference(null), offers: [flightOffer(usd('200')), transferOffer(azn('60'))] });
    const fee = convert(azn('10'), 'USD', REFERENCE_RATES);
    expect(fee.amount).toBeGreaterThan(0);
    expect(quote.breakdown.lines[0]!.serviceFee).toEqual(fee);
    expect(quote.charge).toEqual({ amount: convert({ amount: 20_000 + fee.amount, currency: 'USD' }, 'AZN', REFERENCE_RATES).amount + 6_500, currency: 'AZN' });
  });
});

describe('quoteTrip: promo codes (Agreement 7)', () => {
  const offers = [flightOffer(usd('200')), hotelOffer(kzt('40000'))];

  it('discounts the provider cost of eligible lines only, never the service fee', () => {
    const quote = quoteTrip({ ...base, offers, promo: promo({ kinds: ['HOTEL'] }) });
    expect(quote.promo).toMatchObject({ applicable: true, reason: 'PROMO_APPLIED', clause: 'Agreement 7' });
    const [flight, hotel] = quote.breakdown.lines;
    expect(flight).toMatchObject({ discount: usd('0'), price: usd('200'), serviceFee: usd('5'), total: usd('205') });
    // 10 % of 40,000 KZT off; the fee stays 3 % of the provider cost
    expect(hotel).toMatchObject({ providerCost: kzt('40000'), discount: kzt('4000'), price: kzt('36000'), serviceFee: kzt('1200'), total: kzt('37200') });
    // 205 USD / 0.5 + 37,200 KZT / 200
    expect(quote.charge).toEqual(azn('596'));
  });

  it('the rules of a discounted line are those of the price paid (Agreement 6.3)', () => {
    const quote = quoteTrip({ ...base, offers, promo: promo({ kinds: ['HOTEL'] }) });
    // the rate's 50 % penalty, of 36,000 KZT paid
    expect(valueOf(quote.rules[1]!, 'hotel.penaltyPercent', 'amount')).toEqual(kzt('18000'));
  });

  it('a fixed AZN discount on a USD line is converted at the order’s rates', () => {
    const quote = quoteTrip({ ...base, offers, promo: promo({ kinds: ['FLIGHT'], discount: { type: 'FIXED', amount: azn('10') } }) });
    expect(quote.breakdown.lines[0]).toMatchObject({ discount: usd('5'), price: usd('195'), serviceFee: usd('5') });
  });

  it('a capped discount across currencies is split by value and adds up to the cap', () => {
    const quote = quoteTrip({ ...base, offers, promo: promo({ discount: { type: 'PERCENT', percent: 50 }, maxDiscount: azn('100') }) });
    // 50 % would be 300 AZN; 100 AZN split 400 : 200 → 66.67 AZN (33.34 USD) and 33.33 AZN (6,666 KZT)
    expect(quote.promo?.lineDiscounts).toEqual([usd('33.34'), kzt('6666')]);
    // (166.66 + 5) USD / 0.5 + (33,334 + 1,200) KZT / 200
    expect(quote.charge).toEqual(azn('515.99'));
  });

  it.each([
    ['inactive', promo({ active: false }), 0, 'PROMO_INACTIVE'],
    ['not started', promo({ validFrom: new Date('2026-12-02T00:00:00Z') }), 0, 'PROMO_NOT_STARTED'],
    ['expired', promo({ validUntil: new Date('2026-11-30T23:59:59Z') }), 0, 'PROMO_EXPIRED'],
    ['used up', promo({ maxUses: 50, timesUsed: 50 }), 0, 'PROMO_USED_UP'],
    ['used by this customer as often as allowed', promo({ maxUsesPerCustomer: 2 }), 2, 'PROMO_CUSTOMER_LIMIT_REACHED'],
    ['for transfers only', promo({ kinds: ['TRANSFER'] }), 0, 'PROMO_NO_ELIGIBLE_ITEMS'],
    ['with a minimum 0.01 AZN above the trip’s 600 AZN', promo({ minimumSpend: azn('600.01') }), 0, 'PROMO_BELOW_MINIMUM'],
  ] as const)('a code %s gives nothing and says why', (_name, code, timesUsedByCustomer, reason) => {
    const quote = quoteTrip({ ...base, offers, promo: code, timesUsedByCustomer });
    expect(quote.promo).toMatchObject({ applicable: false, reason });
    expect(quote.breakdown.lines.map((l) => l.discount)).toEqual([usd('0'), kzt('0')]);
    expect(quote.charge).toEqual(quoteTrip({ ...base, offers }).charge);
  });

  it('limits are inclusive: the last allowed use and the exact minimum still apply', () => {
    expect(quoteTrip({ ...base, offers, promo: promo({ maxUsesPerCustomer: 2 }), timesUsedByCustomer: 1 }).promo?.applicable).toBe(true);
    expect(quoteTrip({ ...base, offers, promo: promo({ maxUses: 50, timesUsed: 49 }) }).promo?.applicable).toBe(true);
    // 200 USD = 400 AZN, 40,000 KZT = 200 AZN
    expect(quoteTrip({ ...base, offers, promo: promo({ minimumSpend: azn('600') }) }).promo?.applicable).toBe(true);
  });
});

describe('quoteTrip: fee schedule versions (Agreement 2.2, 4.3, 4.4, 6.1)', () => {
  const published: FeeSchedule = {
    ...CURRENT_FEE_SCHEDULE,
    agreementVersion: '2026-11-23.2',
    serviceFee: {
      FLIGHT: { type: 'FIXED', amount: azn('20') },
      HOTEL: { type: 'PERCENT', percent: 5, minimum: null },
      TRANSFER: { type: 'FIXED', amount: azn('0') },
    },
  };

  it('prices with the schedule it is given, and keeps the agreement’s own 15 AZN agency fee', () => {
    const quote = quoteTrip({ ...base, schedule: published, offers: [flightOffer(usd('200')), hotelOffer(kzt('40000')), transferOffer(azn('60'))] });
    expect(quote.breakdown.lines.map((l) => l.serviceFee)).toEqual([usd('10'), kzt('2000'), azn('0')]);
    expect(valueOf(quote.rules[0]!, 'flight.agencyFee', 'fee')).toEqual(azn('15'));
    // no service fee, nothing to call non-refundable
    expect(keys(quote.rules[2]!)).not.toContain('common.serviceFeeNonRefundable');
  });

  it('a different schedule gives a different price for the same offers', () => {
    const offers = [flightOffer(azn('300'))];
    expect(quoteTrip({ ...base, offers }).charge).toEqual(azn('310'));
    expect(quoteTrip({ ...base, schedule: published, offers }).charge).toEqual(azn('320'));
  });
});
