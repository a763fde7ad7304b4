import { describe, expect, it } from 'vitest';
import { filterAndSortFlights, groupFlightOffers } from '@/lib/inventory/search-flights';
import { CURRENT_FEE_SCHEDULE } from '@/lib/rules';
import { quoteOffer } from './quote-offer';
import { comparableTotal, travellerPrice } from './traveller-price';
import { azn, flightOffer, hotelOffer, kzt, RATES, usd } from './test-offers';

const pricing = { rates: RATES, schedule: CURRENT_FEE_SCHEDULE };

describe('travellerPrice: the figure results show and sort by (issue 20)', () => {
  it('includes the service fee and converts the total into the display currency (4.3, 4.4, 4.6)', () => {
    // 714 AZN + the 10 AZN flight fee = 724 AZN = 144,800 KZT at 1 AZN = 200 KZT
    expect(travellerPrice('FLIGHT', azn('714'), 'KZT', pricing)).toEqual({ binding: azn('724'), serviceFee: azn('10'), display: kzt('144800'), converted: true });
  });
  it('is not a conversion when the supplier sells in the display currency', () => {
    expect(travellerPrice('HOTEL', kzt('40000'), 'KZT', pricing)).toEqual({ binding: kzt('41200'), serviceFee: kzt('1200'), display: kzt('41200'), converted: false });
  });
  it('its binding total is the offer page’s total', () => {
    for (const offer of [flightOffer(usd('200')), hotelOffer(kzt('20000'))]) {
      expect(travellerPrice(offer.kind, offer.price.total, 'AZN', pricing).binding).toEqual(quoteOffer(offer, pricing).total);
    }
  });
  it('sorts offers in different currencies by what the traveller pays in one currency', () => {
    // 200 USD = 400 AZN (+10) against 60,000 KZT = 300 AZN (+3 % = 1,800 KZT)
    const a = comparableTotal('FLIGHT', usd('200'), 'AZN', pricing);
    const b = comparableTotal('HOTEL', kzt('60000'), 'AZN', pricing);
    expect(a).toBe(41000);
    expect(b).toBe(30900);
  });
});

describe('results sort by the figure they show (issue 20)', () => {
  it('orders fare options and itineraries by the traveller’s total in the display currency', () => {
    const base = flightOffer();
    // Same flights, three fares in three currencies: 160 USD = 320 AZN, 60,000 KZT = 300 AZN, 310 AZN.
    const offers = [
      flightOffer(usd('160'), { offerId: 'FL-USD' }),
      flightOffer(kzt('60000'), { offerId: 'FL-KZT' }),
      flightOffer(azn('310'), { offerId: 'FL-AZN' }),
    ].map((o) => ({ ...o, slices: base.slices }));
    const sortPrice = { key: 'KZT', amount: (price: Parameters<typeof comparableTotal>[1]) => comparableTotal('FLIGHT', price, 'KZT', pricing) };
    const [card] = filterAndSortFlights(groupFlightOffers(offers, RATES, sortPrice), { filters: { stops: null, airlines: [], times: [], maxPrice: null, refundable: false }, sort: 'price', page: 1 }).cards;
    expect(card!.options.map((o) => o.offerId)).toEqual(['FL-KZT', 'FL-AZN', 'FL-USD']);
    expect(card!.options.map((o) => o.sortAmount)).toEqual(card!.options.map((o) => travellerPrice('FLIGHT', o.total, 'KZT', pricing).display.amount));
  });
});
