import { describe, expect, it } from 'vitest';
import { resolveDisplayCurrency } from '@/lib/rates/display-currencies';

describe('resolveDisplayCurrency', () => {
  it('prefers the URL over the remembered choice', () => {
    expect(resolveDisplayCurrency('USD', 'KZT')).toBe('USD');
  });
  it('falls back to the remembered choice', () => {
    expect(resolveDisplayCurrency(undefined, 'KZT')).toBe('KZT');
  });
  it('ignores anything that is not an offered currency', () => {
    expect(resolveDisplayCurrency('GBP', 'usd')).toBeNull();
    expect(resolveDisplayCurrency(['USD'], undefined)).toBeNull();
  });
});
