import { randomInt } from 'node:crypto';

/** 31 characters: digits and capitals without 0/O, 1/I/L, which are misread on the phone and on paper. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const REFERENCE_PREFIX = 'KRV-';
const REFERENCE_LENGTH = 6;

/**
 * A booking reference such as KRV-7K3Q9P: short enough to read out, random (crypto) so it cannot be
 * guessed from another one. 31^6 ≈ 887 million; the caller retries on the rare unique clash.
 */
export function generateOrderReference(): string {
  return REFERENCE_PREFIX + randomReferenceBody();
}

/** Six random characters of the reference alphabet, for references of other kinds too (SR-…). */
export function randomReferenceBody(): string {
  let body = '';
  for (let i = 0; i < REFERENCE_LENGTH; i++) body += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return body;
}

const REFERENCE_PATTERN = new RegExp(`^${REFERENCE_PREFIX}[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`);

/** "krv-7k3q9p " → "KRV-7K3Q9P", or null when it cannot be a reference. */
export function normaliseOrderReference(value: string): string | null {
  const upper = value.trim().toUpperCase();
  return REFERENCE_PATTERN.test(upper) ? upper : null;
}
