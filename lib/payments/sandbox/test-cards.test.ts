import { describe, expect, it } from 'vitest';
import { checkTestCard, groupCardNumber, luhnValid, SANDBOX_DECLINE_CARD, SANDBOX_SUCCESS_CARD } from './test-cards';

const now = new Date('2026-11-23T12:00:00Z');
const valid = { expiry: '12 / 29', cvc: '123' };

describe('sandbox test cards', () => {
  it('4242 4242 4242 4242 succeeds and 4000 0000 0000 0002 is declined, with or without spaces', () => {
    expect(checkTestCard({ cardNumber: '4242 4242 4242 4242', ...valid }, now)).toEqual({ ok: true, outcome: 'success' });
    expect(checkTestCard({ cardNumber: SANDBOX_DECLINE_CARD, ...valid }, now)).toEqual({ ok: true, outcome: 'decline' });
  });

  it('refuses a valid real-looking card that is not a test card, and invalid numbers', () => {
    expect(checkTestCard({ cardNumber: '5555 5555 5555 4444', ...valid }, now)).toEqual({ ok: false, errors: { cardNumber: 'cardNumberNotTestCard' } });
    expect(checkTestCard({ cardNumber: '4242 4242 4242 4241', ...valid }, now)).toEqual({ ok: false, errors: { cardNumber: 'cardNumberInvalid' } });
    expect(checkTestCard({ cardNumber: '', ...valid }, now)).toEqual({ ok: false, errors: { cardNumber: 'cardNumberRequired' } });
  });

  it('checks the expiry month (valid to the end of the month) and the CVC', () => {
    expect(checkTestCard({ cardNumber: SANDBOX_SUCCESS_CARD, expiry: '11/26', cvc: '123' }, now)).toMatchObject({ ok: true });
    expect(checkTestCard({ cardNumber: SANDBOX_SUCCESS_CARD, expiry: '10/26', cvc: '123' }, now)).toEqual({ ok: false, errors: { expiry: 'expiryPast' } });
    expect(checkTestCard({ cardNumber: SANDBOX_SUCCESS_CARD, expiry: '13/30', cvc: '12' }, now)).toEqual({ ok: false, errors: { expiry: 'expiryInvalid', cvc: 'cvcInvalid' } });
    expect(checkTestCard({ cardNumber: SANDBOX_SUCCESS_CARD, expiry: '', cvc: '1234' }, now)).toEqual({ ok: false, errors: { expiry: 'expiryRequired' } });
    expect(checkTestCard({ cardNumber: SANDBOX_SUCCESS_CARD, expiry: '01/2031', cvc: '1234' }, now)).toMatchObject({ ok: true });
  });

  it('implements Luhn and groups digits for display', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
    expect(luhnValid('4000000000000002')).toBe(true);
    expect(luhnValid('1234567812345678')).toBe(false);
    expect(groupCardNumber('4242-4242 42424242')).toBe('4242 4242 4242 4242');
  });
});
