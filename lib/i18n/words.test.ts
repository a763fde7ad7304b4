import { describe, expect, it } from 'vitest';
import { word } from './words';

describe('word', () => {
  const words = { 'checkout.errors.entryAt': '{where}: {field} — {message}', 'checkout.transfer.upTo': 'At most {count}', 'checkout.heading': 'Checkout' };

  it('fills every marker, numbers as digits', () => {
    expect(word(words, 'checkout.errors.entryAt', { where: 'Passenger 1', field: 'First name', message: 'Required.' })).toBe('Passenger 1: First name — Required.');
    expect(word(words, 'checkout.transfer.upTo', { count: 4 })).toBe('At most 4');
  });

  it('does not read markers inside a filled-in value, and keeps a marker it has no value for', () => {
    expect(word(words, 'checkout.errors.entryAt', { where: '{field}', message: 'x' })).toBe('{field}: {field} — x');
  });

  it('answers the key for a missing message, as next-intl does', () => {
    expect(word(words, 'checkout.nothing')).toBe('checkout.nothing');
    expect(word(words, 'checkout.heading')).toBe('Checkout');
  });
});
