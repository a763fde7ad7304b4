/**
 * lib/pricing on the real database (issue 16): which rates and fee schedule price a new order, which
 * schedule an old order keeps, and promo codes as stored, with a customer's earlier uses counted from
 * real orders. The offers are supplier-neutral fixtures (lib/pricing/test-offers.ts): pricing reads no
 * catalog table.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { configureBookingTestEnv, checkoutInput, createHotel, createPromo, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';

configureBookingTestEnv();

const { db } = await import('@/lib/db/client');
const { CURRENT_FEE_SCHEDULE, RulesError } = await import('@/lib/rules');
const { loadPricingRates } = await import('@/lib/pricing/load-pricing-rates');
const { REFERENCE_RATES } = await import('@/lib/pricing/rates-or-reference');
const { priceTrip } = await import('@/lib/pricing/price-trip');
const { loadCurrentFeeSchedule } = await import('@/lib/pricing/load-current-fee-schedule');
const { loadFeeSchedules } = await import('@/lib/pricing/load-fee-schedules');
const { feeScheduleOfOrder, feeScheduleForOrder } = await import('@/lib/pricing/fee-schedule-of-order');
const { listFeeScheduleVersions } = await import('@/lib/pricing/list-fee-schedule-versions');
const { publishFeeScheduleVersion } = await import('@/lib/pricing/publish-fee-schedule-version');
const { loadPromoCode } = await import('@/lib/pricing/load-promo-code');
const { promoCustomerKey } = await import('@/lib/booking/promo-customer-key');
const { applyPromoCode } = await import('@/lib/booking/apply-promo-code');
const { placeOrder } = await import('@/lib/booking/place-order');
const { azn, flightOffer, hotelOffer, kzt, usd } = await import('@/lib/pricing/test-offers');

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Runs `fn` in a transaction that is then rolled back, so this file's other tests never see its rows. */
async function rolledBack(fn: (tx: Tx) => Promise<void>): Promise<void> {
  const rollback = new Error('rollback');
  await expect(
    db.$transaction(async (tx) => {
      await fn(tx);
      throw rollback;
    }),
  ).rejects.toBe(rollback);
}

const at = new Date();
const flightFee = (amountMajor: string) => ({ FLIGHT: { type: 'FIXED', amount: azn(amountMajor) }, HOTEL: { type: 'PERCENT', percent: 5, minimum: null }, TRANSFER: { type: 'FIXED', amount: azn('0') } }) as const;

describe('rates (Agreement 4.6)', () => {
  it('prices with the reference rates until a day of rates is stored, then with that day whole', async () => {
    await rolledBack(async (tx) => {
      expect(await loadPricingRates(tx)).toBe(REFERENCE_RATES);
      const fallback = await priceTrip(tx, { offers: [flightOffer(usd('200'))], promoCode: null, customerKey: null, at });
      expect(fallback.rates).toBe(REFERENCE_RATES);

      await tx.exchangeRate.createMany({
        data: [
          { asOf: new Date('2026-11-20'), base: 'AZN', currency: 'KZT', rate: '300', source: 'test' },
          { asOf: new Date('2026-11-21'), base: 'AZN', currency: 'USD', rate: '0.5', source: 'test' },
        ],
      });
      expect(await loadPricingRates(tx)).toEqual({ asOf: '2026-11-21', base: 'AZN', perBase: { USD: '0.5' } });
      const priced = await priceTrip(tx, { offers: [flightOffer(usd('200'), { supplier: 'duffel' }), hotelOffer(azn('400'))], promoCode: null, customerKey: null, at });
      expect(priced.quote.breakdown.lines.map((l) => l.serviceFee)).toEqual([usd('5'), azn('12')]);
      // 205 USD at 0.5 + 412 AZN
      expect(priced.quote.charge).toEqual(azn('822'));
      // The newest day has no KZT rate, and an older day's is not borrowed.
      await expect(priceTrip(tx, { offers: [hotelOffer(kzt('40000'))], promoCode: null, customerKey: null, at })).rejects.toMatchObject({ code: 'MISSING_RATE' });
    });
  });
});

describe('fee schedules (Agreement 2.2, 4.3, 4.4)', () => {
  it('new orders are priced with the newest published schedule; an order keeps the version it names', async () => {
    await rolledBack(async (tx) => {
      expect(await loadCurrentFeeSchedule(tx)).toBe(CURRENT_FEE_SCHEDULE);
      expect((await listFeeScheduleVersions(tx)).map((s) => [s.version, s.current])).toEqual([[CURRENT_FEE_SCHEDULE.agreementVersion, true]]);

      const second = await publishFeeScheduleVersion(tx, { serviceFee: flightFee('20'), createdById: randomUUID() });
      const third = await publishFeeScheduleVersion(tx, { serviceFee: flightFee('25'), createdById: randomUUID() });
      expect([second.version, third.version]).toEqual([`${TEST_AGREEMENT_VERSION}.2`, `${TEST_AGREEMENT_VERSION}.3`]);

      const current = await loadCurrentFeeSchedule(tx);
      expect(current.agreementVersion).toBe(third.version);
      expect(current.ticketRefundOrExchangeFee).toEqual(azn('15'));
      const priced = await priceTrip(tx, { offers: [flightOffer(azn('300'))], promoCode: null, customerKey: null, at });
      expect(priced.schedule.agreementVersion).toBe(third.version);
      expect(priced.quote.charge).toEqual(azn('325'));

      expect((await feeScheduleOfOrder(second.version, tx)).serviceFee.FLIGHT).toEqual({ type: 'FIXED', amount: azn('20') });
      expect(await feeScheduleOfOrder(null, tx)).toBe(CURRENT_FEE_SCHEDULE);
      expect(await feeScheduleOfOrder('1999-01-01.9', tx)).toBe(CURRENT_FEE_SCHEDULE);
      await expect(feeScheduleForOrder('1999-01-01.9', tx)).rejects.toBeInstanceOf(RulesError);
      expect((await loadFeeSchedules(tx)).map((s) => s.agreementVersion)).toEqual([CURRENT_FEE_SCHEDULE.agreementVersion, second.version, third.version]);
      expect((await listFeeScheduleVersions(tx)).map((s) => [s.version, s.current])).toEqual([
        [third.version, true],
        [second.version, false],
        [CURRENT_FEE_SCHEDULE.agreementVersion, false],
      ]);
    });
  });

  it('two admins publishing at once get consecutive versions', async () => {
    const publish = (amount: string) => db.$transaction((tx) => publishFeeScheduleVersion(tx, { serviceFee: flightFee(amount), createdById: randomUUID() }));
    const versions = (await Promise.all([publish('11'), publish('12')])).map((p) => p.version).sort();
    expect(versions).toEqual([`${TEST_AGREEMENT_VERSION}.2`, `${TEST_AGREEMENT_VERSION}.3`]);
    await db.feeScheduleVersion.deleteMany({});
  });
});

describe('promo codes (Agreement 7)', () => {
  it('a code is found in any case; an unknown code prices without a discount and says so', async () => {
    const promo = await createPromo({ percent: '12.5', kinds: ['HOTEL'] });
    expect((await loadPromoCode(db, `  ${promo.code.toLowerCase()} `))?.promo.discount).toEqual({ type: 'PERCENT', percent: 12.5 });
    const priced = await priceTrip(db, { offers: [hotelOffer(azn('400'))], promoCode: promo.code.toLowerCase(), customerKey: null, at });
    expect(priced).toMatchObject({ promoNotFound: false, promo: { id: promo.id } });
    expect(priced.quote.breakdown.lines[0]).toMatchObject({ discount: azn('50'), price: azn('350'), serviceFee: azn('12') });

    const unknown = await priceTrip(db, { offers: [hotelOffer(azn('400'))], promoCode: 'NO-SUCH-CODE', customerKey: null, at });
    expect(unknown).toMatchObject({ promoNotFound: true, promo: null });
    expect(unknown.quote.promo).toBeNull();
    expect(unknown.quote.charge).toEqual(azn('412'));
  });

  it('counts a customer’s uses in orders that stand, by account or by a guest’s email', async () => {
    const promo = await createPromo({ percent: '10', kinds: ['HOTEL'], maxUsesPerCustomer: 1 });
    const hotel = await createHotel({ allotment: 5, priceMinor: 10_000 });
    const trip = await createTrip([{ kind: 'HOTEL', offerId: hotel.offerId(1, 1) }]);
    await applyPromoCode({ owner: trip.owner, input: { promoCode: promo.code } });
    const placed = await placeOrder({ owner: trip.owner, input: await checkoutInput(trip, { promoCode: promo.code }), locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION });

    const guest = promoCustomerKey(null, ' Traveller@Example.com ');
    const offers = [hotelOffer(azn('400'))];
    expect((await priceTrip(db, { offers, promoCode: promo.code, customerKey: guest, at })).quote.promo).toMatchObject({ applicable: false, reason: 'PROMO_CUSTOMER_LIMIT_REACHED' });
    expect((await priceTrip(db, { offers, promoCode: promo.code, customerKey: promoCustomerKey(null, 'someone.else@example.com'), at })).quote.promo?.applicable).toBe(true);
    expect((await priceTrip(db, { offers, promoCode: promo.code, customerKey: promoCustomerKey(randomUUID(), 'traveller@example.com'), at })).quote.promo?.applicable).toBe(true);

    // An order that no longer stands gives its use back.
    await db.promoRedemption.update({ where: { orderId: placed.orderId }, data: { voidedAt: new Date() } });
    expect((await priceTrip(db, { offers, promoCode: promo.code, customerKey: guest, at })).quote.promo?.applicable).toBe(true);
  });
});
