import { describe, expect, it } from 'vitest';
import { quoteCancellation } from '@/lib/rules';
import { pricedRulesItem } from './priced-rules-item';
import { flightOffer, hotelOffer, kzt, transferOffer, usd, azn } from './test-offers';

describe('pricedRulesItem (Agreement 6.1–6.4, 7)', () => {
  it('carries the price paid after a discount, not the supplier’s', () => {
    const item = pricedRulesItem(hotelOffer(kzt('40000')), kzt('36000'), kzt('1200'));
    expect(item).toMatchObject({ kind: 'HOTEL', price: kzt('36000'), serviceFee: kzt('1200'), firstNight: kzt('10000') });
  });

  it('a cancellation quoted from it refunds what was paid, the service fee kept', () => {
    const offer = transferOffer(azn('60'));
    const item = pricedRulesItem(offer, azn('54'), azn('5'));
    const quote = quoteCancellation(item, new Date(offer.pickupAt.getTime() - 48 * 3_600_000));
    expect(quote).toMatchObject({ allowed: true, refund: azn('54'), serviceFeeKept: azn('5') });
  });

  it('keeps the fare rules of a flight as the supplier filed them', () => {
    const offer = flightOffer(usd('200'));
    expect(pricedRulesItem(offer, usd('190'), usd('5'))).toMatchObject({ kind: 'FLIGHT', price: usd('190'), fareRules: offer.fareRules, issued: false });
  });
});
