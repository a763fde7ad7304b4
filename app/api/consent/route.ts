import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getViewer } from '@/lib/auth/viewer';
import { consumeRateLimit } from '@/lib/auth/rate-limit';
import { requestContextFrom } from '@/lib/auth/request-context';
import { usesSecureCookies } from '@/lib/auth/session-token';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import {
  acceptAll,
  CONSENT_COOKIE,
  CONSENT_MAX_AGE_SECONDS,
  parseConsent,
  rejectAll,
  type CookieCategoryChoice,
} from '@/lib/consent/cookie-consent';
import { recordCookieChoice } from '@/lib/privacy/record-cookie-choice';
import { isCrossSiteRequest, safeReturnPath } from '@/lib/privacy/same-origin';

/**
 * The cookie choice: "Accept all", "Reject all" or per category, from the banner (fetch, or a plain
 * form without JavaScript) and from /[locale]/cookies/settings. Sets the strictly necessary
 * `karvan_consent` cookie, deletes cookies of refused categories and records the choice.
 */
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());

const schema = z.object({
  choice: z.enum(['all', 'none', 'custom']),
  preferences: checkbox.optional(),
  analytics: checkbox.optional(),
  marketing: checkbox.optional(),
  source: z.enum(['BANNER', 'COOKIE_SETTINGS']).default('BANNER'),
  locale: z.string().optional(),
  returnTo: z.string().optional(),
});

async function readInput(request: NextRequest): Promise<{ json: boolean; values: Record<string, unknown> }> {
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/json')) {
    const body = (await request.json().catch(() => null)) as unknown;
    return { json: true, values: typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {} };
  }
  const form = await request.formData().catch(() => null);
  return { json: false, values: form ? Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')) : {} };
}

export async function POST(request: NextRequest) {
  if (isCrossSiteRequest(request.headers)) return NextResponse.json({ error: 'cross-site' }, { status: 403 });
  const { json, values } = await readInput(request);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return NextResponse.json({ error: 'invalid', issues: parsed.error.issues.map((i) => i.path.join('.')) }, { status: 400 });
  const input = parsed.data;
  const context = requestContextFrom(request.headers);
  // Each choice writes records; a script posting in a loop should not fill the table.
  if (context.ip) {
    const allowance = await consumeRateLimit([{ bucket: 'cookie-consent:ip', key: context.ip, limit: 60, windowMs: 10 * 60_000 }]);
    if (!allowance.allowed) return NextResponse.json({ error: 'rate-limited' }, { status: 429, headers: { 'Retry-After': String(Math.ceil(allowance.retryAfterMs / 1000)) } });
  }
  const locale = isLocale(input.locale) ? input.locale : routing.defaultLocale;
  const categories: CookieCategoryChoice =
    input.choice === 'all'
      ? acceptAll
      : input.choice === 'none'
        ? rejectAll
        : { preferences: input.preferences ?? false, analytics: input.analytics ?? false, marketing: input.marketing ?? false };

  const { consent, cookiesToDelete } = await recordCookieChoice({
    previous: parseConsent(request.cookies.get(CONSENT_COOKIE)?.value),
    categories,
    viewer: await getViewer(),
    language: locale,
    source: input.source,
    context,
  });

  const response = json
    ? NextResponse.json({ consent })
    : // A relative Location, so a proxy in front never leaks its internal host into the redirect.
      new NextResponse(null, { status: 303, headers: { Location: safeReturnPath(input.returnTo, `/${locale}`) } });
  const secure = usesSecureCookies();
  // Readable by scripts on purpose (the banner decides whether to ask); the value holds no secret.
  // NextResponse encodes the value itself (once), which is what serializeConsent would do.
  response.cookies.set(CONSENT_COOKIE, JSON.stringify(consent), {
    path: '/',
    maxAge: CONSENT_MAX_AGE_SECONDS,
    sameSite: 'lax',
    secure,
    httpOnly: false,
  });
  for (const name of cookiesToDelete) {
    if (request.cookies.has(name)) response.cookies.set(name, '', { path: '/', maxAge: 0 });
  }
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
