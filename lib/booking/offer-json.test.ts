import { describe, expect, it } from 'vitest';
import { offerFromJson, offerToJson } from './offer-json';
import type { TransferOffer } from '@/lib/inventory/supplier';

describe('offers stored as JSON', () => {
  it('come back with their instants as Dates and local dates as strings', () => {
    const offer = { kind: 'TRANSFER', offerId: 'T.1', pickupAt: new Date('2026-12-01T10:30:00.000Z'), bookableUntil: new Date('2026-11-30T18:30:00Z'), note: '2026-12-01' } as unknown as TransferOffer;
    const back = offerFromJson(JSON.parse(JSON.stringify(offerToJson(offer)))) as unknown as Record<string, unknown>;
    expect(back.pickupAt).toEqual(new Date('2026-12-01T10:30:00.000Z'));
    expect(back.bookableUntil).toBeInstanceOf(Date);
    expect(back.note).toBe('2026-12-01');
  });
});
