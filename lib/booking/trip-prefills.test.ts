import { describe, expect, it } from 'vitest';
import { flightOffer, hotelOffer } from '@/lib/pricing/test-offers';
import { DEFAULT_NIGHTS, tripPrefills } from './trip-prefills';

const almatyClock = (at: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Almaty', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);

describe('a trip that builds itself from its flight (issue 20, point 3)', () => {
  it('suggests a hotel in the arrival city from the arrival date for the default nights on a one-way flight, and a transfer at the local arrival time', () => {
    const flight = flightOffer();
    const prefills = tripPrefills([hotelOffer(), flight])!;
    const hotel = new URLSearchParams(prefills.hotelHref!.split('?')[1]);
    expect(prefills.hotelHref!.startsWith('/hotels?')).toBe(true);
    expect(Object.fromEntries(hotel)).toEqual({ city: 'almaty', checkIn: '2027-01-10', checkOut: `2027-01-${10 + DEFAULT_NIGHTS}`, guests: '1', rooms: '1' });
    const transfer = new URLSearchParams(prefills.transferHref!.split('?')[1]);
    expect(prefills.transferHref!.startsWith('/transfers?')).toBe(true);
    expect(transfer.get('airport')).toBe('ALA');
    expect(transfer.get('zone')).toBeTruthy();
    expect(transfer.get('date')).toBe('2027-01-10');
    expect(transfer.get('time')).toBe(almatyClock(flight.slices[0]!.arrivalAt));
    expect(transfer.get('passengers')).toBe('1');
    expect(prefills).toMatchObject({ flightNumber: 'J2 101', airportCode: 'ALA' });
  });

  it('ends the stay on the local departure date of the way back', () => {
    const flight = flightOffer();
    const out = flight.slices[0]!;
    const backAt = new Date('2027-01-14T20:30:00Z'); // 15 Jan after midnight in Almaty
    const back = { ...out, origin: 'ALA', destination: 'GYD', originTimeZone: 'Asia/Almaty', destinationTimeZone: 'Asia/Baku', departureAt: backAt, arrivalAt: new Date('2027-01-14T23:00:00Z') };
    const prefills = tripPrefills([{ ...flight, slices: [out, back] }])!;
    expect(new URLSearchParams(prefills.hotelHref!.split('?')[1]).get('checkOut')).toBe('2027-01-15');
  });

  it('suggests nothing without a flight', () => {
    expect(tripPrefills([hotelOffer()])).toBeNull();
  });
});
