import { describe, expect, it } from 'vitest';
import { checkoutFieldLabel } from '@/components/checkout/field-label';

const items = [
  { kind: 'FLIGHT' as const, heading: 'GYD → ALA' },
  { kind: 'HOTEL' as const, heading: 'Royal Medeu Hotel' },
  { kind: 'TRANSFER' as const, heading: 'ALA airport → Almaty centre' },
];

describe('checkoutFieldLabel', () => {
  it('names a flight passenger by number and flight, and the field', () => {
    expect(checkoutFieldLabel('items.0.passengers.1.firstName', items)).toEqual({
      where: { key: 'checkout.errors.where.passenger', values: { item: 'GYD → ALA', number: 2 } },
      field: { key: 'checkout.passenger.firstName' },
    });
    expect(checkoutFieldLabel('items.0.passengers.0.nationality', items).field).toEqual({ key: 'checkout.passenger.nationality' });
    expect(checkoutFieldLabel('items.0.passengers.0.savedTravellerId', items).field).toEqual({ key: 'checkout.passenger.saved' });
  });

  it('names the hotel lead guest and the transfer lead passenger and party', () => {
    expect(checkoutFieldLabel('items.1.leadGuest.lastName', items)).toEqual({
      where: { key: 'checkout.errors.where.leadGuest', values: { item: 'Royal Medeu Hotel' } },
      field: { key: 'checkout.passenger.lastName' },
    });
    expect(checkoutFieldLabel('items.2.leadPassenger.firstName', items).where).toEqual({ key: 'checkout.errors.where.transferLead', values: { item: 'ALA airport → Almaty centre' } });
    expect(checkoutFieldLabel('items.2.bags', items)).toEqual({
      where: { key: 'checkout.errors.where.item', values: { item: 'ALA airport → Almaty centre' } },
      field: { key: 'checkout.transfer.bags' },
    });
  });

  it('names an error of a whole item by the item alone', () => {
    expect(checkoutFieldLabel('items.1._item', items)).toEqual({ where: { key: 'checkout.errors.where.item', values: { item: 'Royal Medeu Hotel' } } });
  });

  it('names contact, consents, promo code, payment and support fields', () => {
    expect(checkoutFieldLabel('contact.email', items)).toEqual({ field: { key: 'checkout.contact.email' } });
    expect(checkoutFieldLabel('contact.bookerDateOfBirth', items)).toEqual({ field: { key: 'checkout.contact.bookerDateOfBirth' } });
    expect(checkoutFieldLabel('consents.agreement', items)).toEqual({ field: { key: 'checkout.errors.fields.agreement' } });
    expect(checkoutFieldLabel('consents.dataProcessing', items)).toEqual({ field: { key: 'checkout.errors.fields.dataProcessing' } });
    expect(checkoutFieldLabel('promoCode', items)).toEqual({ field: { key: 'checkout.promo.label' } });
    expect(checkoutFieldLabel('paymentMethod', items)).toEqual({ field: { key: 'checkout.errors.fields.paymentMethod' } });
    expect(checkoutFieldLabel('assistanceConsent', items)).toEqual({ field: { key: 'checkout.errors.fields.assistanceConsent' } });
    expect(checkoutFieldLabel('assistanceMessage', items)).toEqual({ field: { key: 'checkout.support.message' } });
  });

  it('names nothing it does not know, rather than a wrong field', () => {
    expect(checkoutFieldLabel('items.7.leadGuest.firstName', items)).toEqual({});
    expect(checkoutFieldLabel('items.x.leadGuest.firstName', items)).toEqual({});
    expect(checkoutFieldLabel('items.0.passengers.0.seat', items).field).toBeUndefined();
    expect(checkoutFieldLabel('contact', items)).toEqual({});
    expect(checkoutFieldLabel('somethingElse', items)).toEqual({});
  });
});
