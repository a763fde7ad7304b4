import { describe, expect, it } from 'vitest';
import { generateOrderReference, normaliseOrderReference, REFERENCE_ALPHABET } from './generate-order-reference';

describe('order references', () => {
  it('are KRV- and 6 characters without 0, O, 1, I or L', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(31);
    expect(REFERENCE_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 1000; i++) expect(generateOrderReference()).toMatch(/^KRV-[2-9A-HJKMNP-Z]{6}$/);
  });

  it('are spread over the alphabet (random, not sequential)', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => generateOrderReference()));
    // 31^6 references: two equal ones among 2,000 happen about once in 450 runs, and the database's
    // unique index makes the writer draw again; more than a few would mean a weak generator.
    expect(seen.size).toBeGreaterThanOrEqual(1995);
    const firsts = new Set([...seen].map((r) => r[4]));
    expect(firsts.size).toBe(31);
  });

  it('are read back forgivingly, and nonsense is refused', () => {
    expect(normaliseOrderReference(' krv-7k3q9p ')).toBe('KRV-7K3Q9P');
    expect(normaliseOrderReference('KRV-7K3Q9O')).toBeNull();
    expect(normaliseOrderReference("KRV-7K3Q9P' OR 1=1")).toBeNull();
  });
});
