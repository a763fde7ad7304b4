import { describe, expect, it } from 'vitest';
import { convert } from '@/lib/money';
import { CURRENT_FEE_SCHEDULE, type FeeSchedule } from '@/lib/rules';
import { quoteOffer } from './quote-offer';
import { quoteTrip } from './quote-trip';
import { REFERENCE_RATES } from './rates-or-reference';
import { azn, flightOffer, hotelOffer, kzt, NOW, RATES, transferOffer, usd } from './test-offers';

describe('quoteOffer: the offer page’s price (Agreement 4.3, 4.4)', () => {
  it('the supplier’s lines, the service fee apart, and the total in the supplier’s currency', () => {
    const offer = hotelOffer(kzt('40000'));
    const quote = quoteOffer(offer, { rates: RATES });
    expect(quote).toMatchObject({ lines: offer.price.lines, price: kzt('40000'), serviceFee: kzt('1200'), total: kzt('41200') });
    expect(quote.item).toMatchObject({ kind: 'HOTEL', price: kzt('40000'), serviceFee: kzt('1200') });
  });

  it.each([
    ['a flight in USD', flightOffer(usd('200'))],
    ['a hotel in KZT', hotelOffer(kzt('20000'))],
    ['a transfer in AZN', transferOffer(azn('60'))],
  ])('%s costs on its page what checkout charges for it', (_name, offer) => {
    const schedule: FeeSchedule = { ...CURRENT_FEE_SCHEDULE, agreementVersion: 'x.2', serviceFee: { ...CURRENT_FEE_SCHEDULE.serviceFee, FLIGHT: { type: 'FIXED', amount: azn('12') } } };
    const page = quoteOffer(offer, { rates: RATES, schedule });
    const checkout = quoteTrip({ offers: [offer], schedule, rates: RATES, promo: null, at: NOW });
    expect(page.total).toEqual(checkout.breakdown.lines[0]!.total);
    expect(page.serviceFee).toEqual(checkout.breakdown.lines[0]!.serviceFee);
  });

  it('without rates and schedule: the reference rates and the current schedule', () => {
    const quote = quoteOffer(flightOffer(usd('200')));
    expect(quote.serviceFee).toEqual(convert(azn('10'), 'USD', REFERENCE_RATES));
  });
});
