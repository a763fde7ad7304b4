import 'server-only';
import { z } from 'zod';
import { configuredDefaultLocale, locales } from './i18n/locales';

/**
 * The one place the environment is read and validated. `KARVAN_MODE=embedded` is set by the
 * launcher (`npm start` without DATABASE_URL): it supplies a local database and generated secrets,
 * mail goes to the outbox and payments to the sandbox. Any other start is production and must be
 * configured completely; a missing variable is named in the error.
 */
const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 random bytes, base64-encoded (openssl rand -base64 32)');

const schema = z.object({
  KARVAN_MODE: z.enum(['embedded', 'production']).default('production'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string'),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (openssl rand -base64 32)'),
  DATA_ENCRYPTION_KEY: base64Key,
  APP_URL: z.url().default('http://localhost:3000'),
  DEFAULT_LOCALE: z.enum(locales).default(configuredDefaultLocale()),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().default('Karvan <no-reply@karvan.example>'),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_', 'must be a Stripe secret key (sk_…)').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'must be a Stripe webhook secret (whsec_…)').optional(),
  FLIGHT_SUPPLIER: z.enum(['catalog', 'duffel']).default('catalog'),
  HOTEL_SUPPLIER: z.enum(['catalog', 'duffel']).default('catalog'),
  DUFFEL_ACCESS_TOKEN: z
    .string()
    .regex(/^duffel_(test|live)_[A-Za-z0-9_-]{8,}$/, 'must be a Duffel access token (duffel_test_… or duffel_live_…)')
    .optional(),
  DUFFEL_API_URL: z.url().default('https://api.duffel.com'),
  DUFFEL_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
});

export type Env = z.infer<typeof schema>;

/** Variables production cannot run without, with what each is for (shown when one is missing). */
const productionRequired: Record<string, string> = {
  DATABASE_URL: 'PostgreSQL connection string',
  AUTH_SECRET: 'secret that signs sessions and sign-in links',
  DATA_ENCRYPTION_KEY: 'AES-256-GCM key for personal data at rest',
  APP_URL: 'public https URL of the site, used in emails',
  SMTP_URL: 'SMTP server for sign-in links, receipts and notices',
  STRIPE_SECRET_KEY: 'Stripe secret key for card payments',
  STRIPE_WEBHOOK_SECRET: 'Stripe webhook signing secret',
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const problems: string[] = [];
  const mode = source.KARVAN_MODE === 'embedded' ? 'embedded' : 'production';
  if (mode === 'production') {
    for (const [name, purpose] of Object.entries(productionRequired)) {
      if (!source[name]) problems.push(`${name} is missing (${purpose})`);
    }
  }
  if (source.STRIPE_SECRET_KEY && !source.STRIPE_WEBHOOK_SECRET) {
    problems.push('STRIPE_WEBHOOK_SECRET is missing (required with STRIPE_SECRET_KEY)');
  }
  const duffelKinds = (['FLIGHT_SUPPLIER', 'HOTEL_SUPPLIER'] as const).filter((name) => source[name] === 'duffel');
  if (duffelKinds.length > 0 && !source.DUFFEL_ACCESS_TOKEN) {
    problems.push(`DUFFEL_ACCESS_TOKEN is missing (required when ${duffelKinds.join(' or ')} is duffel)`);
  }
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = issue.path.join('.');
      if (problems.some((p) => p.startsWith(`${name} is missing`))) continue;
      problems.push(cleaned[name] === undefined ? `${name} is missing` : `${name} ${issue.message}`);
    }
  }
  if (problems.length > 0 || !result.success) throw new EnvError(problems);
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * The supplier choice alone (lib/inventory reads it where the full environment may not be set, e.g. a
 * test of search). Start-up validation (`env()`) has already refused a missing or malformed token.
 */
export function supplierEnv(source: Record<string, string | undefined> = process.env): Pick<Env, 'FLIGHT_SUPPLIER' | 'HOTEL_SUPPLIER' | 'DUFFEL_ACCESS_TOKEN' | 'DUFFEL_API_URL'> {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const picked = schema.pick({ FLIGHT_SUPPLIER: true, HOTEL_SUPPLIER: true, DUFFEL_ACCESS_TOKEN: true, DUFFEL_API_URL: true }).parse(cleaned);
  if ((picked.FLIGHT_SUPPLIER === 'duffel' || picked.HOTEL_SUPPLIER === 'duffel') && !picked.DUFFEL_ACCESS_TOKEN) {
    throw new EnvError(['DUFFEL_ACCESS_TOKEN is missing (required when a supplier is duffel)']);
  }
  return picked;
}
