/**
 * Issue 19, point 2: results pages are cached (the page for a minute, its search results in the
 * process for a minute), so the price a traveller sees there can be older than the supplier's. That is
 * safe only because nothing is held at a cached price: adding to the trip asks the supplier, and
 * checkout re-prices every item and refuses to hold at a price the traveller did not accept.
 */
import { describe, expect, it } from 'vitest';
import { checkoutInput, configureBookingTestEnv, createFlight, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';

configureBookingTestEnv();

const { db } = await import('@/lib/db/client');
const { searchFlightResults } = await import('@/lib/inventory/search-flights');
const { ResultsCache } = await import('@/lib/inventory/results-cache');
const { resolveFlightPlace } = await import('@/lib/inventory/places');
const { placeOrder } = await import('@/lib/booking/place-order');
const { findTrip } = await import('@/lib/booking/find-trip');
const { BookingError } = await import('@/lib/booking/errors');

describe('a price from a cached results page is checked with the supplier before any hold', () => {
  it('serves the stale price from the cache, but the trip, the re-pricing and the hold use the supplier’s', async () => {
    const flight = await createFlight({ seats: 9, baseMinor: 20_000, taxMinor: 5_000 });
    const cache = new ResultsCache<Promise<never>>(10, 60_000);
    const query = {
      from: resolveFlightPlace('GYD')!,
      to: resolveFlightPlace('ALA')!,
      trip: 'oneway' as const,
      depart: flight.departureDate,
      return: null,
      adults: 1,
      children: 0,
      infants: 0,
      cabin: 'ECONOMY' as const,
      filters: { stops: null, airlines: [], times: [], maxPrice: null, refundable: false },
      sort: 'price' as const,
      page: 1,
    };
    const priceOn = async () => {
      const results = await searchFlightResults(query, new Date(), { cache: cache as never });
      const card = results.cards.find((c) => c.slices[0]!.segments.some((s) => s.flightNumber === flight.flightNumber));
      return card!.cheapest;
    };
    const shown = await priceOn();
    expect(shown.total).toEqual({ amount: 25_000, currency: 'AZN' });

    // The airline raises the fare after the page was cached.
    await db.fare.update({ where: { id: flight.fareId }, data: { baseMinor: 26_000 } });
    expect((await priceOn()).total).toEqual({ amount: 25_000, currency: 'AZN' });

    // Adding the offer from that page stores the supplier's price of now, not the page's.
    const trip = await createTrip([{ kind: 'FLIGHT', offerId: shown.offerId }]);
    const item = (await findTrip(db, trip.owner))!.items[0]!;
    expect(item.accepted).toEqual({ amount: 31_000, currency: 'AZN' });

    // It changes again before checkout: the hold is refused until the traveller accepts the new price.
    await db.fare.update({ where: { id: flight.fareId }, data: { baseMinor: 27_500 } });
    const error = await placeOrder({ owner: trip.owner, input: await checkoutInput(trip), locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BookingError);
    expect((error as InstanceType<typeof BookingError>).code).toBe('PRICE_CHANGED');
    expect(await db.orderHold.count()).toBe(0);
    expect((await db.fare.findUniqueOrThrow({ where: { id: flight.fareId } })).seatsLeft).toBe(9);
  });
});
