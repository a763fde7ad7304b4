import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import pg from 'pg';
import { registeredCookies } from '@/lib/privacy/cookie-registry';

/**
 * Helpers of the privacy end-to-end tests: a connection to the e2e server's embedded database (to
 * read the mail outbox and create fixtures), sign-in by session fixture, and axe.
 */
const dataDir = process.env.E2E_DATA_DIR ?? '.data/e2e';
const pgPort = Number(process.env.E2E_PG_PORT ?? 54331);

export function e2eDatabaseUrl(): string {
  const secrets = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { postgresPassword: string };
  return `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${pgPort}/karvan`;
}

export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

/** Creates an account (if needed) and a database session for it, and puts the session cookie in the browser. */
export async function signInAs(context: BrowserContext, baseURL: string, email: string, role: 'TRAVELLER' | 'SUPPORT' | 'ADMIN' = 'TRAVELLER'): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const userId = await withDb(async (db) => {
    const existing = await db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
    const id = existing.rows[0]?.id ?? randomUUID();
    if (!existing.rows[0]) {
      await db.query(
        `INSERT INTO users (id, email, email_verified, name, role, locale, created_at, updated_at) VALUES ($1, $2, now(), $3, $4, 'en', now(), now())`,
        [id, email, 'Test Traveller', role],
      );
    }
    await db.query(`INSERT INTO sessions (id, session_token, user_id, expires, created_at) VALUES ($1, $2, $3, now() + interval '1 day', now())`, [
      randomUUID(),
      createHash('sha256').update(token).digest('hex'),
      id,
    ]);
    return id;
  });
  await context.addCookies([{ name: 'authjs.session-token', value: token, url: baseURL, httpOnly: true, sameSite: 'Lax' }]);
  return userId;
}

/**
 * The newest outbox message to `email` (waits for it), and the first link in it containing `part`. Privacy
 * mails go through the outbox, which the server's job loop sends every few seconds: wait up to 30 s.
 */
export async function linkFromMail(email: string, part: string, since = new Date(0)): Promise<string> {
  for (let attempt = 0; attempt < 150; attempt++) {
    const text = await withDb(async (db) => {
      const { rows } = await db.query<{ text: string }>(
        `SELECT text FROM mailbox_messages WHERE $1 = ANY(to_addresses) AND created_at >= $2 ORDER BY created_at DESC LIMIT 1`,
        [email, since],
      );
      return rows[0]?.text ?? null;
    });
    const url = text?.match(/https?:\/\/\S+/g)?.find((u) => u.includes(part));
    if (url) return url;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${email} with a link containing ${part}`);
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const necessary = new Set(registeredCookies.filter((c) => c.category === 'necessary').map((c) => c.name));

/** Names of cookies in the browser that are not strictly necessary. */
export async function nonEssentialCookies(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((c) => c.name).filter((name) => !necessary.has(name));
}
