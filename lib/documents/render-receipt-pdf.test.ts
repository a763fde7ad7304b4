import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderReceiptPdf } from './render-receipt-pdf';
import { itineraryFixture } from './test-factories';

async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

describe('the receipt PDF', () => {
  it('names the travellers, the reference, every item with local times, the documents, prices, payment, agreement and rules', async () => {
    const pdf = await renderReceiptPdf(itineraryFixture());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await pdfText(pdf);
    for (const expected of [
      'Itinerary receipt',
      'KRV-7K3Q9P',
      'AYLIN MAMMADOVA',
      'TIMUR MAMMADOV',
      'Flight J2 31: GYD → TAS',
      'Flight HY 705: TAS → ALA',
      'Flight KC 112: ALA → GYD',
      '1 Dec 2026, 10:15 (GMT+4, Asia/Baku)',
      '1 Dec 2026, 15:45 (GMT+5, Asia/Almaty)',
      'Hotel Şəki Saray',
      'Check-in: 1 Dec 2026, 14:00 (GMT+5, Asia/Almaty)',
      'Pickup: 1 Dec 2026, 16:00 (GMT+5, Asia/Almaty)',
      '771-2400000001, 771-2400000002',
      'HV-7K3Q9P',
      'TV-AB12CD',
      'AZN 800.00',
      '-AZN 80.00',
      'AZN 740.00',
      'KZT 210,000.00',
      'Amount charged: AZN 1,540.00',
      'converted into AZN at the exchange rates of 2026-11-20',
      'Paid by bank card on 20 Nov 2026, 14:02 (GMT+4, Asia/Baku)',
      'version 2026-11-23',
      'Refundable before departure. Under the fare rules the airline keeps AZN 50.00.',
      'The driver waits up to 60 minutes',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/undefined|NaN|\{/);
  });

  it('sets Azerbaijani and Kazakh letters in a font that has them, so the text reads back', async () => {
    const az = await pdfText(await renderReceiptPdf(itineraryFixture({ locale: 'az' })));
    expect(az.text).toContain('Marşrut qəbzi');
    expect(az.text).toContain('Səyahətçilər');
    expect(az.text).toContain('Xidmət haqqı (geri qaytarılmır)');
    const kk = await pdfText(await renderReceiptPdf(itineraryFixture({ locale: 'kk' })));
    expect(kk.text).toContain('Маршрут түбіртегі');
    expect(kk.text).toContain('Сервистік алым (қайтарылмайды)');
    expect(kk.text).toContain('Қонақүй');
  });
});
