import { describe, expect, it } from 'vitest';
import { checkoutSchema, fieldErrorsOf, flightPassengerSchema, formToObject, isRealDate } from './checkout-schema';

const passenger = {
  firstName: 'Aylin Nur',
  lastName: "O'Neil-Smith",
  dateOfBirth: '1990-04-12',
  gender: 'FEMALE',
  nationality: 'az',
  documentNumber: 'c 123-4567',
  documentExpiry: '2034-01-31',
};

describe('checkout form shape', () => {
  it('accepts passport names in Latin letters and normalises the document and country', () => {
    const parsed = flightPassengerSchema.parse(passenger);
    expect(parsed).toMatchObject({ nationality: 'AZ', documentNumber: 'C1234567', specialAssistance: false, latePregnancy: false });
  });

  it.each([
    ['Айгюль', 'checkout.errors.latinOnly'],
    ['Aylin  ', undefined],
    ['Ay1in', 'checkout.errors.latinOnly'],
    ['', 'checkout.errors.required'],
    ['A'.repeat(51), 'checkout.errors.tooLong'],
  ])('first name %j → %s', (firstName, error) => {
    const result = flightPassengerSchema.safeParse({ ...passenger, firstName });
    expect(result.success ? undefined : fieldErrorsOf(result.error).firstName).toBe(error);
  });

  it('knows real dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-13-01')).toBe(false);
  });

  it('names every problem by its field path, with catalog keys', () => {
    const result = checkoutSchema.safeParse({ idempotencyKey: 'x', items: [{ tripItemId: 'nope', kind: 'FLIGHT', passengers: [{}] }], contact: {}, paymentMethod: 'CASH', consents: {} });
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!);
    expect(errors).toMatchObject({
      idempotencyKey: 'checkout.errors.reload',
      'items.0.tripItemId': 'checkout.errors.tripChanged',
      'items.0.passengers.0.firstName': 'checkout.errors.required',
      'contact.bookerDateOfBirth': 'checkout.errors.required',
      paymentMethod: 'checkout.errors.required',
    });
    for (const key of Object.values(errors)) expect(key).toMatch(/^checkout\.errors\.[a-zA-Z]+$/);
  });
});

describe('formToObject', () => {
  it('builds nested objects and arrays from dotted names', () => {
    expect(
      formToObject([
        ['items.1.kind', 'HOTEL'],
        ['items.0.kind', 'FLIGHT'],
        ['items.0.passengers.0.firstName', 'A'],
        ['consents.agreement', 'on'],
        ['$ACTION_ID_abc', 'x'],
      ]),
    ).toEqual({ items: [{ kind: 'FLIGHT', passengers: [{ firstName: 'A' }] }, { kind: 'HOTEL' }], consents: { agreement: 'on' } });
  });

  it('refuses hostile names, files and oversized forms', () => {
    expect(formToObject([['__proto__.x', '1']])).toBeNull();
    expect(formToObject([['a.constructor.prototype', '1']])).toBeNull();
    expect(formToObject([['a.b.c.d.e.f.g', '1']])).toBeNull();
    expect(formToObject([['a', new Blob(['x'])]])).toBeNull();
    expect(formToObject([['a', 'x'.repeat(501)]])).toBeNull();
  });

  it('keeps gaps as an object (the schema then refuses it)', () => {
    expect(formToObject([['items.0.kind', 'A'], ['items.5.kind', 'B']])).toEqual({ items: { 0: { kind: 'A' }, 5: { kind: 'B' } } });
  });
});

describe('the transfer’s flight number for the driver (Agreement 6.2, issue 20)', () => {
  it.each([
    ['J2 123', 'J2 123'],
    ['j2123', 'J2 123'],
    ['kc-852', 'KC 852'],
    ['9U 1', '9U 1'],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', async (input, stored) => {
    const { flightNumber } = await import('./checkout-schema');
    expect(flightNumber.parse(input)).toBe(stored);
  });

  it.each(['J2 12345', 'J', '123', 'ABC 12', 'J2 12A'])('rejects %j', async (input) => {
    const { flightNumber } = await import('./checkout-schema');
    const result = flightNumber.safeParse(input);
    expect(result.success ? 'accepted' : result.error.issues[0]!.message).toBe('checkout.errors.invalidFlightNumber');
  });
});
