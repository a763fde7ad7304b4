import { describe, expect, it } from 'vitest';
import { parseFlightParams, parseHotelParams, parseTransferParams } from './search-params';

const today = '2026-11-23';

describe('flight search params', () => {
  it('is empty until something is asked', () => {
    expect(parseFlightParams({}, today).status).toBe('EMPTY');
  });

  it('reads a complete query, with filters, sort and page', () => {
    const parsed = parseFlightParams(
      { from: 'baku', to: 'LHR', trip: 'return', depart: '2026-12-10', return: '2026-12-17', adults: '2', children: '1', infants: '1', cabin: 'BUSINESS', stops: '0', airline: ['J2', 'TK'], time: 'morning,evening', refundable: '1', maxPrice: '900', sort: 'duration', page: '2' },
      today,
    );
    expect(parsed.status).toBe('VALID');
    if (parsed.status !== 'VALID') return;
    expect(parsed.query).toMatchObject({
      trip: 'return',
      depart: '2026-12-10',
      return: '2026-12-17',
      adults: 2,
      children: 1,
      infants: 1,
      cabin: 'BUSINESS',
      filters: { stops: 0, airlines: ['J2', 'TK'], times: ['morning', 'evening'], maxPrice: 900, refundable: true },
      sort: 'duration',
      page: 2,
    });
    expect(parsed.query.from.airports).toEqual(['GYD']);
    expect(parsed.query.to.airports).toEqual(['LHR']);
  });

  it('answers each field with its own error code', () => {
    const parsed = parseFlightParams({ from: 'Atlantis', to: '', depart: '2026-11-01', adults: '1', infants: '2' }, today);
    expect(parsed).toMatchObject({ status: 'INVALID', errors: { from: 'unknownPlace', to: 'required' } });
    const dates = parseFlightParams({ from: 'GYD', to: 'IST', trip: 'return', depart: '2026-11-01', return: '2026-10-01', adults: '1', infants: '2' }, today);
    expect(dates).toMatchObject({ status: 'INVALID', errors: { depart: 'dateInPast', return: 'returnBeforeDeparture', infants: 'infantsExceedAdults' } });
    expect(parseFlightParams({ from: 'GYD', to: 'baku', depart: '2026-12-01' }, today)).toMatchObject({ errors: { to: 'samePlace' } });
    expect(parseFlightParams({ from: 'GYD', to: 'IST', depart: '2027-12-01' }, today)).toMatchObject({ errors: { depart: 'dateTooFar' } });
    expect(parseFlightParams({ from: 'GYD', to: 'IST', depart: '2026-02-30' }, today)).toMatchObject({ errors: { depart: 'invalidDate' } });
    expect(parseFlightParams({ from: 'GYD', to: 'IST', depart: '2026-12-01', adults: '7', children: '5' }, today)).toMatchObject({ errors: { children: 'tooManyTravellers' } });
    expect(parseFlightParams({ from: 'GYD', to: 'IST', depart: '2026-12-01', adults: 'x' }, today)).toMatchObject({ errors: { adults: 'invalidNumber' } });
  });
});

describe('hotel search params', () => {
  it('reads a stay and its filters', () => {
    const parsed = parseHotelParams({ city: 'Bakı', checkIn: '2026-12-10', checkOut: '2026-12-13', guests: '3', rooms: '2', stars: ['4', '5'], district: ['Sabail', 'Nasimi', 'Sabail', ''], free: '1', board: 'BB' }, today);
    expect(parsed).toMatchObject({ status: 'VALID', query: { cityId: 'baku', guests: 3, rooms: 2, filters: { stars: [4, 5], districts: ['Nasimi', 'Sabail'], freeCancellation: true, boards: ['BB'] } } });
  });

  it('refuses impossible stays', () => {
    expect(parseHotelParams({ city: 'baku', checkIn: '2026-12-10', checkOut: '2026-12-10' }, today)).toMatchObject({ errors: { checkOut: 'checkOutBeforeCheckIn' } });
    expect(parseHotelParams({ city: 'baku', checkIn: '2026-12-10', checkOut: '2027-01-20' }, today)).toMatchObject({ errors: { checkOut: 'tooManyNights' } });
    expect(parseHotelParams({ city: 'baku', checkIn: '2026-12-10', checkOut: '2026-12-11', guests: '1', rooms: '2' }, today)).toMatchObject({ errors: { guests: 'fewerGuestsThanRooms' } });
    expect(parseHotelParams({ city: 'baku', checkIn: '2026-12-10', checkOut: '2026-12-11', guests: '9', rooms: '2' }, today)).toMatchObject({ errors: { guests: 'tooManyGuestsPerRoom' } });
    expect(parseHotelParams({ city: 'paris', checkIn: '2026-12-10', checkOut: '2026-12-11' }, today)).toMatchObject({ errors: { city: 'unknownPlace' } });
  });
});

describe('transfer search params', () => {
  it('reads a pickup', () => {
    expect(parseTransferParams({ airport: 'gyd', zone: 'baku-old-city', date: '2026-12-01', time: '09:30', passengers: '3', bags: '2' }, today)).toMatchObject({
      status: 'VALID',
      query: { airportCode: 'GYD', zoneSlug: 'baku-old-city', pickupDate: '2026-12-01', pickupTime: '09:30', passengers: 3, bags: 2 },
    });
  });

  it('checks the zone belongs to the airport and the time is a time', () => {
    expect(parseTransferParams({ airport: 'GYD', zone: 'dubai-marina', date: '2026-12-01', time: '09:30' }, today)).toMatchObject({ errors: { zone: 'unknownZone' } });
    expect(parseTransferParams({ airport: 'GYD', zone: 'baku-old-city', date: '2026-12-01', time: '25:00' }, today)).toMatchObject({ errors: { time: 'invalidTime' } });
    expect(parseTransferParams({ airport: 'GYD', zone: 'baku-old-city', date: '2026-12-01', time: '09:00', passengers: '20' }, today)).toMatchObject({ errors: { passengers: 'tooMany' } });
  });
});
