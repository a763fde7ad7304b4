import { describe, expect, it } from 'vitest';
import { backToHotelResults, hotelPageQuery } from './hotel-page-links';

describe('hotel page links (issue 20, bug 6)', () => {
  const results = new URLSearchParams('city=ALA&checkIn=2027-01-10&checkOut=2027-01-13&guests=2&rooms=1&stars=4&stars=5&board=HB&sort=rating&page=2&cur=KZT');
  it('reaches the hotel page with the filters, sort and page of the results', () => {
    expect(hotelPageQuery(results)).toBe(results.toString());
  });
  it('goes back to the same results', () => {
    const back = new URL(backToHotelResults(new URLSearchParams(hotelPageQuery(results)), 'ALA'), 'https://x.test');
    expect(back.pathname).toBe('/hotels');
    expect([...back.searchParams.entries()]).toEqual([...results.entries()]);
  });
  it('falls back to the hotel city when the page was opened without a search', () => {
    expect(backToHotelResults(new URLSearchParams('checkIn=2027-01-10&checkOut=2027-01-11&guests=2&rooms=1'), 'ALA')).toBe(
      '/hotels?checkIn=2027-01-10&checkOut=2027-01-11&guests=2&rooms=1&city=ALA',
    );
  });
});
