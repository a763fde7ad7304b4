import { NextResponse, type NextRequest } from 'next/server';
import { findSearchByStopToken } from '@/lib/alerts/find-search-by-stop-token';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';

/**
 * The stop link in every price alert. GET changes nothing (mail scanners fetch links): it opens the
 * page with the one button, in the search's language; that page stops the alert without signing in.
 */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token') ?? '';
  const search = await findSearchByStopToken(token);
  const locale = isLocale(search?.locale) ? search.locale : routing.defaultLocale;
  return new NextResponse(null, { status: 303, headers: { Location: `/${locale}/alerts/stop?${new URLSearchParams({ token })}`, 'Cache-Control': 'no-store' } });
}
