import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { convert, fromMajor } from '@/lib/money';
import { seedDemoRates } from '@/lib/rates/demo-rates';
import { loadLatestRates } from '@/lib/rates/load-rates';

describe('exchange rates', () => {
  it('has no rates before any are loaded', async () => {
    expect(await loadLatestRates(db)).toBeNull();
  });

  it('loads the newest day only, with its date', async () => {
    await db.exchangeRate.createMany({
      data: [
        { asOf: new Date('2026-11-01'), base: 'AZN', currency: 'USD', rate: '0.50000000', source: 'test' },
        { asOf: new Date('2026-11-02'), base: 'AZN', currency: 'USD', rate: '0.60000000', source: 'test' },
        { asOf: new Date('2026-11-02'), base: 'AZN', currency: 'KZT', rate: '300.00000000', source: 'test' },
      ],
    });
    const rates = await loadLatestRates(db);
    expect(rates).toEqual({ asOf: '2026-11-02', base: 'AZN', perBase: { USD: '0.6', KZT: '300' } });
    expect(convert(fromMajor('15', 'AZN'), 'KZT', rates!)).toEqual({ amount: 450000, currency: 'KZT' });
    expect(convert(fromMajor('15', 'AZN'), 'USD', rates!)).toEqual({ amount: 900, currency: 'USD' });
  });

  it('seeds demo rates once per day without duplicates', async () => {
    const day = new Date('2026-12-01T10:00:00Z');
    await db.$transaction((tx) => seedDemoRates(tx, day));
    await db.$transaction((tx) => seedDemoRates(tx, day));
    const count = await db.exchangeRate.count({ where: { asOf: new Date('2026-12-01') } });
    expect(count).toBeGreaterThanOrEqual(4);
    const rates = await loadLatestRates(db);
    expect(rates?.asOf).toBe('2026-12-01');
    expect(Object.keys(rates!.perBase)).toEqual(expect.arrayContaining(['USD', 'EUR', 'KZT']));
  });
});
