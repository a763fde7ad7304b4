import { describe, expect, it } from 'vitest';
import { compareWithAccepted } from './compare-with-accepted';
import { azn, flightOffer, usd } from './test-offers';

describe('compareWithAccepted (Agreement 4.3: the supplier’s price, never changed silently)', () => {
  const accepted = usd('200');

  it('the same amount in the same currency is available, with the supplier’s current offer', () => {
    const now = flightOffer(usd('200'), { seatsLeft: 1 });
    expect(compareWithAccepted(accepted, { status: 'AVAILABLE', offer: now })).toEqual({ status: 'AVAILABLE', offer: now, price: usd('200') });
  });

  it('a new amount is a changed price, old and new side by side', () => {
    const now = flightOffer(usd('200.01'));
    expect(compareWithAccepted(accepted, { status: 'PRICE_CHANGED', offer: now, previousTotal: accepted })).toEqual({
      status: 'PRICE_CHANGED',
      offer: now,
      previous: usd('200'),
      price: usd('200.01'),
    });
  });

  it('decides by the price itself, whatever status the supplier reports', () => {
    expect(compareWithAccepted(accepted, { status: 'AVAILABLE', offer: flightOffer(usd('180')) }).status).toBe('PRICE_CHANGED');
    expect(compareWithAccepted(accepted, { status: 'PRICE_CHANGED', offer: flightOffer(usd('200')), previousTotal: usd('190') }).status).toBe('AVAILABLE');
  });

  it('the same digits in another currency are a changed price', () => {
    expect(compareWithAccepted(accepted, { status: 'AVAILABLE', offer: flightOffer(azn('200')) })).toMatchObject({ status: 'PRICE_CHANGED', price: azn('200') });
  });

  it.each(['SOLD_OUT', 'NOT_FOUND'] as const)('%s at the supplier is sold out, naming what was accepted', (status) => {
    expect(compareWithAccepted(accepted, { status })).toEqual({ status: 'SOLD_OUT', previous: usd('200') });
  });
});
