/**
 * Shared helpers for the account/auth integration tests (not a test file itself): environment, a
 * real SMTP server on 127.0.0.1, a cookie jar for driving the Auth.js handlers with real Requests,
 * and factories for users, sessions and orders.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { simpleParser, type ParsedMail } from 'mailparser';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { NextRequest } from 'next/server';
import { db } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import { hashSessionToken } from '@/lib/auth/session-token';

export const APP_URL = 'http://localhost:3000';

/** Call before anything reads env() (it is cached for the test file). */
export function configureTestEnv(extra: Record<string, string | undefined> = {}) {
  Object.assign(process.env, {
    KARVAN_MODE: 'embedded',
    AUTH_SECRET: randomBytes(32).toString('base64'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    APP_URL,
    MAIL_FROM: 'Karvan <no-reply@karvan.test>',
  });
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

export type TestSmtp = {
  url: string;
  messages: ParsedMail[];
  to(address: string): ParsedMail[];
  close(): Promise<void>;
};

/** A port nothing listens on yet, for a server the test stops and starts again on the same port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A real SMTP server. It must not advertise AUTH (nodemailer would try it) nor STARTTLS (no
 * certificate); what arrives is parsed with mailparser.
 */
export async function startSmtpServer(options: { port?: number } = {}): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) => messages.filter((m) => m.to && (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t.value.some((v) => v.address === address))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The sign-in link in a message's text part. */
export function linkIn(text: string | undefined): string {
  const match = /https?:\/\/\S+\/api\/auth\/callback\/nodemailer\?\S+/.exec(text ?? '');
  if (!match) throw new Error(`no sign-in link in:\n${text}`);
  return match[0];
}

/** Keeps cookies between requests, like a browser, and shows what each response set. */
export class CookieJar {
  readonly cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  store(response: Response): string[] {
    const set = response.headers.getSetCookie();
    for (const line of set) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      const expired = /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line);
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return set;
  }
}

export function authRequest(pathOrUrl: string, init: { method?: string; jar?: CookieJar; form?: Record<string, string>; ip?: string } = {}) {
  const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${APP_URL}${pathOrUrl}`;
  const headers = new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': init.ip ?? '203.0.113.7' });
  if (init.jar?.cookies.size) headers.set('cookie', init.jar.header());
  let body: string | undefined;
  if (init.form) {
    headers.set('content-type', 'application/x-www-form-urlencoded');
    body = new URLSearchParams(init.form).toString();
  }
  return new NextRequest(url, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body });
}

export async function createUser(overrides: { email?: string; role?: Role; name?: string | null; deletedAt?: Date | null } = {}) {
  return db.user.create({
    data: {
      email: (overrides.email ?? `user-${randomUUID().slice(0, 8)}@example.com`).toLowerCase(),
      role: overrides.role ?? 'TRAVELLER',
      name: overrides.name ?? null,
      emailVerified: new Date(),
      deletedAt: overrides.deletedAt ?? null,
    },
  });
}

/** A signed-in session for `userId`; returns the cookie value. */
export async function createSession(userId: string, expires = new Date(Date.now() + 86_400_000)): Promise<string> {
  const token = randomUUID();
  await db.session.create({ data: { sessionToken: hashSessionToken(token), userId, expires } });
  return token;
}

let referenceCounter = 0;

export async function createOrder(overrides: { userId?: string | null; contactEmail?: string; reference?: string; title?: string } = {}) {
  referenceCounter += 1;
  const reference = overrides.reference ?? `KRV-T${String(referenceCounter).padStart(2, '0')}${randomBytes(2).toString('hex').toUpperCase()}`;
  return db.order.create({
    data: {
      reference,
      status: 'ISSUED',
      userId: overrides.userId ?? null,
      contactEmail: (overrides.contactEmail ?? 'guest@example.com').toLowerCase(),
      locale: 'en',
      agreementVersion: '2026-01-01',
      items: {
        create: {
          kind: 'FLIGHT',
          title: overrides.title ?? 'Baku (GYD) → Almaty (ALA), J2 8021',
          startsAt: new Date(Date.now() + 20 * 86_400_000),
          endsAt: new Date(Date.now() + 20 * 86_400_000 + 3 * 3_600_000),
          priceAmountMinor: 24_500,
          priceCurrency: 'AZN',
          serviceFeeAmountMinor: 1_500,
          serviceFeeCurrency: 'AZN',
          snapshot: { timeZone: 'Asia/Baku' },
        },
      },
    },
  });
}

export async function waitFor<T>(read: () => T | undefined | Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const value = await read();
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('timed out waiting');
}
