import { describe, expect, it } from 'vitest';
import { isCrossSiteRequest, safeReturnPath } from './same-origin';
import { retentionYears, tripRetentionDays } from './retention-config';
import { keyIdOf } from '@/lib/crypto/keyring';
import { oldKeysFromEnv } from '@/lib/crypto/old-keys';

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe('cross-site POSTs', () => {
  it('refuses another origin and an opaque one, accepts the same host and clients that send no Origin', () => {
    expect(isCrossSiteRequest(headers({ origin: 'https://evil.example', host: 'karvan.travel' }))).toBe(true);
    expect(isCrossSiteRequest(headers({ origin: 'null', host: 'karvan.travel' }))).toBe(true);
    expect(isCrossSiteRequest(headers({ origin: 'https://karvan.travel', host: 'karvan.travel' }))).toBe(false);
    expect(isCrossSiteRequest(headers({ origin: 'https://karvan.travel', host: 'internal:3000', 'x-forwarded-host': 'karvan.travel' }))).toBe(false);
    expect(isCrossSiteRequest(headers({ host: 'karvan.travel' }))).toBe(false);
  });

  it('returns only to paths on this site', () => {
    expect(safeReturnPath('/en/flights?x=1', '/en')).toBe('/en/flights?x=1');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', 42, undefined]) expect(safeReturnPath(bad, '/en')).toBe('/en');
  });
});

describe('retention configuration', () => {
  it('defaults to 3 years after the trip and accepts a configured number of days', () => {
    expect(tripRetentionDays({})).toBe(1095);
    expect(retentionYears(1095)).toBe(3);
    expect(tripRetentionDays({ PRIVACY_TRIP_RETENTION_DAYS: '730' })).toBe(730);
    expect(retentionYears(400)).toBeNull();
    expect(() => tripRetentionDays({ PRIVACY_TRIP_RETENTION_DAYS: '2' })).toThrow(/between 30 and 36500/);
  });
});

describe('the keyring', () => {
  it('reads old keys from DATA_ENCRYPTION_KEYS_OLD and refuses malformed ones', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(oldKeysFromEnv({ DATA_ENCRYPTION_KEYS_OLD: ` ${key}, ${key} ` })).toEqual([key, key]);
    expect(oldKeysFromEnv({})).toEqual([]);
    expect(() => oldKeysFromEnv({ DATA_ENCRYPTION_KEYS_OLD: 'short' })).toThrow(/32 random bytes/);
    expect(keyIdOf('v1:0a1b2c3d:iv:tag:ct')).toBe('0a1b2c3d');
    expect(keyIdOf('+994501234567')).toBeNull();
  });
});
