import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryOptions } from './countries';

describe('countryOptions', () => {
  it('names every country in the language and sorts by its rules', () => {
    const ru = countryOptions('ru-RU');
    expect(ru).toHaveLength(COUNTRY_CODES.length);
    expect(ru.find((c) => c.code === 'AZ')?.name).toBe('Азербайджан');
    const names = ru.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ru-RU')));
    expect(countryOptions('en-GB').find((c) => c.code === 'KZ')?.name).toBe('Kazakhstan');
  });

  it('builds each language once per process', () => {
    expect(countryOptions('kk-KZ')).toBe(countryOptions('kk-KZ'));
  });
});
