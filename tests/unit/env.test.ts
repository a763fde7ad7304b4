import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';

const key = Buffer.alloc(32, 7).toString('base64');
const production = {
  DATABASE_URL: 'postgresql://u:p@db:5432/karvan',
  AUTH_SECRET: 'x'.repeat(40),
  DATA_ENCRYPTION_KEY: key,
  APP_URL: 'https://karvan.example',
  SMTP_URL: 'smtp://mail:587',
  STRIPE_SECRET_KEY: 'sk_live_123',
  STRIPE_WEBHOOK_SECRET: 'whsec_123',
};

describe('parseEnv', () => {
  it('accepts a complete production configuration', () => {
    const env = parseEnv(production);
    expect(env.KARVAN_MODE).toBe('production');
    expect(env.DEFAULT_LOCALE).toBe('en');
  });

  it('names every missing production secret and what it is for', () => {
    const { STRIPE_SECRET_KEY: _s, DATA_ENCRYPTION_KEY: _d, ...rest } = production;
    try {
      parseEnv(rest);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as Error).message;
      expect(message).toContain('DATA_ENCRYPTION_KEY is missing (AES-256-GCM key');
      expect(message).toContain('STRIPE_SECRET_KEY is missing (Stripe secret key');
      expect(message).not.toContain('AUTH_SECRET');
    }
  });

  it('rejects a malformed encryption key with a clear reason', () => {
    expect(() => parseEnv({ ...production, DATA_ENCRYPTION_KEY: 'short' })).toThrow(/DATA_ENCRYPTION_KEY must be 32 random bytes/);
  });

  it('needs the webhook secret whenever Stripe is configured', () => {
    const { STRIPE_WEBHOOK_SECRET: _w, ...rest } = production;
    expect(() => parseEnv({ ...rest, KARVAN_MODE: 'embedded' })).toThrow(/STRIPE_WEBHOOK_SECRET is missing/);
  });

  it('in the embedded default needs only what the launcher supplies', () => {
    const env = parseEnv({ KARVAN_MODE: 'embedded', DATABASE_URL: production.DATABASE_URL, AUTH_SECRET: production.AUTH_SECRET, DATA_ENCRYPTION_KEY: key });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.STRIPE_SECRET_KEY).toBeUndefined();
  });

  it('takes the default language from DEFAULT_LOCALE and refuses unknown ones', () => {
    expect(parseEnv({ ...production, DEFAULT_LOCALE: 'kk' }).DEFAULT_LOCALE).toBe('kk');
    expect(() => parseEnv({ ...production, DEFAULT_LOCALE: 'fr' })).toThrow(/DEFAULT_LOCALE/);
  });

  it('serves from the catalog by default, with no Duffel token needed', () => {
    const env = parseEnv(production);
    expect([env.FLIGHT_SUPPLIER, env.HOTEL_SUPPLIER]).toEqual(['catalog', 'catalog']);
  });

  it('stops when a kind uses Duffel without a token, or with a malformed one, naming the variable', () => {
    expect(() => parseEnv({ ...production, HOTEL_SUPPLIER: 'duffel' })).toThrow(/DUFFEL_ACCESS_TOKEN is missing \(required when HOTEL_SUPPLIER is duffel\)/);
    expect(() => parseEnv({ ...production, FLIGHT_SUPPLIER: 'duffel', DUFFEL_ACCESS_TOKEN: 'abc' })).toThrow(/DUFFEL_ACCESS_TOKEN must be a Duffel access token/);
    expect(parseEnv({ ...production, FLIGHT_SUPPLIER: 'duffel', DUFFEL_ACCESS_TOKEN: 'duffel_test_abcdefgh123' }).FLIGHT_SUPPLIER).toBe('duffel');
  });
});
