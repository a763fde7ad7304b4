import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/lib/db/client';
import { stopTokenHash } from '@/lib/alerts/stop-token';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';

/**
 * The stop link in every price alert. GET changes nothing (mail scanners fetch links): it opens the
 * page with the one button, in the search's language; that page stops the alert without signing in.
 */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token') ?? '';
  const search = token.length >= 20 && token.length <= 200 ? await db.savedSearch.findUnique({ where: { stopTokenHash: stopTokenHash(token) }, select: { locale: true } }) : null;
  const locale = isLocale(search?.locale) ? search.locale : routing.defaultLocale;
  return new NextResponse(null, { status: 303, headers: { Location: `/${locale}/alerts/stop?${new URLSearchParams({ token })}`, 'Cache-Control': 'no-store' } });
}
