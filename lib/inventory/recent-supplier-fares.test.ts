import { afterEach, describe, expect, it } from 'vitest';
import type { Money } from '../money';
import { forgetRecentSupplierFares, recentSupplierFares, rememberingFares, RECENT_FARE_TTL_MS, withRecentSupplierFares } from './recent-supplier-fares';
import type { FlightOffer, FlightSearchCriteria, FlightSupplier } from './supplier';

const offer = (origin: string, destination: string, perAdult: Money): FlightOffer =>
  ({
    kind: 'FLIGHT',
    offerId: `D.${origin}${destination}${perAdult.amount}`,
    supplier: 'duffel',
    slices: [{ origin, destination, departureAt: new Date('2027-01-10T08:00:00Z'), arrivalAt: new Date('2027-01-10T12:00:00Z'), originTimeZone: 'Asia/Baku', destinationTimeZone: 'Asia/Almaty', durationMinutes: 240, stops: 0, segments: [] }],
    price: { perAdult },
  }) as unknown as FlightOffer;

const criteria = (day: string, extra: Partial<FlightSearchCriteria> = {}): FlightSearchCriteria => ({
  origins: ['GYD'],
  destinations: ['ALA'],
  departDate: day,
  passengers: { adults: 1, children: 0, infants: 0 },
  cabin: 'ECONOMY',
  ...extra,
});

function supplierAnswering(offers: FlightOffer[]): FlightSupplier {
  return { name: 'duffel', search: async () => ({ offers }) } as unknown as FlightSupplier;
}

const request = { origins: ['GYD'], destinations: ['ALA'], cabin: 'ECONOMY' as const, fromDay: '2027-01-01', toDay: '2027-01-31' };
const azn = (amount: number): Money => ({ amount, currency: 'AZN' });

afterEach(forgetRecentSupplierFares);

describe("a real supplier's recent fares in the calendar", () => {
  it("remember the lowest one-way fare per adult of a route and day, and only while fresh", async () => {
    let now = 1_000_000;
    const supplier = rememberingFares(supplierAnswering([offer('GYD', 'ALA', azn(30_000)), offer('GYD', 'ALA', azn(25_000))]), () => now);
    await supplier.search(criteria('2027-01-10'), new Date());
    expect(recentSupplierFares(request, now)).toEqual(new Map([['2027-01-10', azn(25_000)]]));
    expect(recentSupplierFares({ ...request, cabin: 'BUSINESS' }, now).size).toBe(0);
    expect(recentSupplierFares({ ...request, destinations: ['NQZ'] }, now).size).toBe(0);
    expect(recentSupplierFares({ ...request, toDay: '2027-01-09' }, now).size).toBe(0);
    now += RECENT_FARE_TTL_MS;
    expect(recentSupplierFares(request, now).size).toBe(0);
  });

  it('ignore round trips, whose price covers both ways', async () => {
    const supplier = rememberingFares(supplierAnswering([offer('GYD', 'ALA', azn(10_000))]));
    await supplier.search(criteria('2027-01-12', { returnDate: '2027-01-19' }), new Date());
    expect(recentSupplierFares(request).size).toBe(0);
  });

  it("replace the catalog's day only when lower or missing, and name the days they fill", () => {
    const catalog = new Map([
      ['2027-01-10', azn(20_000)],
      ['2027-01-11', azn(40_000)],
    ]);
    const recent = new Map([
      ['2027-01-10', azn(25_000)],
      ['2027-01-11', azn(35_000)],
      ['2027-01-12', azn(50_000)],
    ]);
    const merged = withRecentSupplierFares(catalog, recent);
    expect(merged.days).toEqual(new Map([['2027-01-10', azn(20_000)], ['2027-01-11', azn(35_000)], ['2027-01-12', azn(50_000)]]));
    expect([...merged.recent].sort()).toEqual(['2027-01-11', '2027-01-12']);
    expect(catalog.get('2027-01-11')).toEqual(azn(40_000));
  });
});
