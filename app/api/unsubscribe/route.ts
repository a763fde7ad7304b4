import { NextResponse, type NextRequest } from 'next/server';
import { requestContextFrom } from '@/lib/auth/request-context';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { findUnsubscribeHolder } from '@/lib/privacy/find-unsubscribe-holder';
import { unsubscribeWithToken } from '@/lib/privacy/marketing';

/**
 * The List-Unsubscribe target of marketing emails. POST (RFC 8058 one-click, sent by the mail
 * client with `List-Unsubscribe=One-Click`) unsubscribes at once, without signing in; the token in
 * the URL is an HMAC that cannot be forged. GET never changes anything (link scanners fetch URLs in
 * mail): it opens the page with the one button.
 */
export async function POST(request: NextRequest) {
  const outcome = await unsubscribeWithToken(request.nextUrl.searchParams.get('token'), requestContextFrom(request.headers));
  if (outcome === 'invalid') return new NextResponse('invalid unsubscribe link\n', { status: 400, headers: { 'Content-Type': 'text/plain' } });
  return new NextResponse('unsubscribed\n', { status: 200, headers: { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' } });
}

export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token') ?? '';
  const user = await findUnsubscribeHolder(token);
  const locale = isLocale(user?.locale) ? user.locale : routing.defaultLocale;
  const location = `/${locale}/privacy/unsubscribe?${new URLSearchParams({ token })}`;
  return new NextResponse(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
}
