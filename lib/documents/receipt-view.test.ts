import { describe, expect, it } from 'vitest';
import { documentMoney, formatRuleValues, localMoment } from './format';
import { totalsOf } from './load-itinerary';
import { buildReceiptView } from './receipt-view';
import { flightItem, hotelItem, itineraryFixture, transferItem } from './test-factories';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('document formatting', () => {
  it('shows amounts with their currency code, from integer minor units', () => {
    expect(plain(documentMoney({ amount: 123_450, currency: 'AZN' }, 'en'))).toBe('AZN 1,234.50');
    expect(plain(documentMoney({ amount: 123_450, currency: 'KZT' }, 'ru'))).toBe('1 234,50 KZT');
    expect(plain(documentMoney({ amount: 1_500, currency: 'JPY' }, 'en'))).toBe('JPY 1,500');
    // never the manat sign, which the PDF font lacks
    expect(documentMoney({ amount: 100, currency: 'AZN' }, 'az')).not.toContain('₼');
  });

  it('shows a moment on the clock of the place, with the offset and the zone', () => {
    const at = new Date('2026-12-01T06:15:00Z');
    expect(localMoment(at, 'Asia/Baku', 'en')).toBe('1 Dec 2026, 10:15 (GMT+4, Asia/Baku)');
    expect(localMoment(at, 'Asia/Almaty', 'en')).toBe('1 Dec 2026, 11:15 (GMT+5, Asia/Almaty)');
    expect(localMoment(new Date('2026-07-01T08:00:00Z'), 'Europe/Berlin', 'en')).toBe('1 Jul 2026, 10:00 (GMT+2, Europe/Berlin)');
  });

  it('formats rules values: money with its code, dates where the item happens', () => {
    const values = formatRuleValues({ fee: { amount: 1_500, currency: 'AZN' }, deadline: new Date('2026-12-01T09:00:00Z'), hours: 5 }, 'en', 'Asia/Almaty');
    expect(values).toEqual({ fee: expect.stringMatching(/^AZN.15\.00$/), deadline: '1 Dec 2026, 14:00 GMT+5', hours: 5 });
  });
});

describe('the receipt in words', () => {
  it('adds the price lines up per currency', () => {
    expect(totalsOf([flightItem().price, hotelItem().price, transferItem().price])).toEqual([
      { currency: 'AZN', providerCostMinor: 80_000, discountMinor: 8_000, priceMinor: 72_000, serviceFeeMinor: 2_000, totalMinor: 74_000 },
      { currency: 'KZT', providerCostMinor: 22_500_000, discountMinor: 0, priceMinor: 22_500_000, serviceFeeMinor: 600_000, totalMinor: 23_100_000 },
    ]);
  });

  it('names every item with its local times, documents, price row and rules, in the order’s language', () => {
    const view = buildReceiptView(itineraryFixture(), { locale: 'ru' });
    expect(view.title).toBe('Маршрутная квитанция');
    expect(view.reference).toEqual({ label: 'Номер бронирования', value: 'KRV-7K3Q9P' });
    expect(view.travellers.names).toEqual(['AYLIN MAMMADOVA', 'TIMUR MAMMADOV']);
    expect(view.items.map((i) => i.heading)).toEqual([
      '1. Перелёт: Azerbaijan Airlines GYD–ALA, ALA–GYD',
      '2. Отель: Hotel Şəki Saray, DBL (FLEX)',
      '3. Трансфер: ALA → Medeu (ECONOMY)',
    ]);
    const flight = view.items[0]!;
    expect(flight.details.find((d) => d.label === 'Вылет')!.value).toContain('10:15 (GMT+4, Asia/Baku)');
    expect(flight.documents).toEqual({ label: 'Номера билетов', value: '771-2400000001, 771-2400000002' });
    expect(view.items[1]!.documents).toEqual({ label: 'Ваучер', value: 'HV-7K3Q9P' });
    expect(view.items[1]!.details.find((d) => d.label === 'Заезд')!.value).toContain('14:00 (GMT+5, Asia/Almaty)');
    expect(view.items[1]!.details.find((d) => d.label === 'Номер')!.value).toBe('Стандартный номер с двуспальной кроватью, Завтрак включён; 7 ночей, 1 номер, 2 гостя');
    expect(plain(flight.rules[0]!)).toBe('Возврат возможен до вылета. По правилам тарифа авиакомпания удерживает 50,00 AZN.');
    // the waiting time is a detail of the transfer, not repeated among its rules
    expect(view.items[2]!.rules).toEqual([]);
    expect(view.items[2]!.details.find((d) => d.label === 'Время ожидания')!.value).toContain('60');
    expect(view.price.rows.map((r) => r.cells.map(plain))).toEqual([
      ['800,00 AZN', '-80,00 AZN', '20,00 AZN', '740,00 AZN'],
      ['210 000,00 KZT', '—', '5 000,00 KZT', '215 000,00 KZT'],
      ['15 000,00 KZT', '—', '1 000,00 KZT', '16 000,00 KZT'],
    ]);
    expect(view.price.totals.map((t) => t.label)).toEqual(['Итого в AZN', 'Итого в KZT']);
    expect(plain(view.price.charged!.value)).toBe('1 540,00 AZN');
    expect(view.price.notes[0]).toContain('2026-11-20');
    expect(view.price.notes[1]).toBe('Оплачено банковской картой 20 нояб. 2026 г., 14:02 (GMT+4, Asia/Baku).');
    expect(view.agreement).toContain('2026-11-23');
  });

  it('says what is not issued yet, what was cancelled, and that an unpaid order is unpaid', () => {
    const view = buildReceiptView(
      itineraryFixture({
        items: [flightItem({ documents: [], issued: false }), hotelItem({ cancelledAt: new Date('2026-11-21T08:00:00Z') })],
        payment: null,
        charge: { amount: { amount: 74_000, currency: 'AZN' }, converted: false, ratesAsOf: null },
      }),
      { locale: 'en' },
    );
    expect(view.items[0]!.documents.value).toBe('Not issued yet');
    expect(view.items[1]!.cancelled).toBe('Cancelled on 21 Nov 2026, 12:00 (GMT+4, Asia/Baku)');
    expect(view.price.notes).toEqual(['Not paid yet.']);
  });
});
