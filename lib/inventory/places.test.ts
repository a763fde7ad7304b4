import { describe, expect, it } from 'vitest';
import { flightPlaceOptions, hotelCityOptions, resolveFlightPlace, resolveHotelCity } from './places';

describe('places', () => {
  it('resolves airports, cities and names in every language', () => {
    expect(resolveFlightPlace('GYD')).toEqual({ kind: 'AIRPORT', value: 'GYD', cityId: 'baku', airports: ['GYD'] });
    expect(resolveFlightPlace('gyd')?.value).toBe('GYD');
    expect(resolveFlightPlace('istanbul')).toEqual({ kind: 'CITY', value: 'istanbul', cityId: 'istanbul', airports: ['IST', 'SAW'] });
    for (const name of ['Baku', 'Баку', 'Bakı', 'baki']) expect(resolveFlightPlace(name)?.value).toBe('baku');
    expect(resolveFlightPlace('Алматы')?.value).toBe('almaty');
    expect(resolveFlightPlace('Heydar Aliyev International')?.value).toBe('GYD');
    expect(resolveFlightPlace('Atlantis')).toBeNull();
    expect(resolveFlightPlace('  ')).toBeNull();
    // Sheki has hotels but no airport.
    expect(resolveFlightPlace('sheki')).toBeNull();
    expect(resolveHotelCity('Şəki')).toBe('sheki');
    expect(resolveHotelCity('Тбилиси')).toBe('tbilisi');
    expect(resolveHotelCity('London')).toBeNull();
  });

  it('offers localized options', () => {
    const ru = flightPlaceOptions('ru');
    expect(ru.find((o) => o.value === 'baku')).toMatchObject({ kind: 'CITY', name: 'Баку', airportCount: 1 });
    expect(ru.find((o) => o.value === 'GYD')).toMatchObject({ kind: 'AIRPORT', code: 'GYD', cityName: 'Баку' });
    expect(ru.find((o) => o.value === 'GYD')!.keywords).toContain('baki');
    expect(hotelCityOptions('kk').find((o) => o.value === 'aktau')!.name).toBe('Ақтау');
  });
});
