import { NextResponse, type NextRequest } from 'next/server';
import { UserFacingError } from '@/lib/auth/errors';
import { requestContextFrom } from '@/lib/auth/request-context';
import { getViewer } from '@/lib/auth/viewer';
import { saveSearch } from '@/lib/alerts/save-search';
import { resultsPath } from '@/lib/alerts/normalise-search';
import { isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { isCrossSiteRequest } from '@/lib/privacy/same-origin';

function seeOther(path: string) {
  return new NextResponse(null, { status: 303, headers: { Location: path, 'Cache-Control': 'private, no-store' } });
}

/**
 * The "Save this search" form of the (cached, public) results pages posts here: the page stays the
 * same for everyone, and the session is checked on the server. A visitor is sent to sign in and
 * back to the same results.
 */
export async function POST(request: NextRequest) {
  if (isCrossSiteRequest(request.headers)) return new NextResponse('cross-site request refused\n', { status: 403 });
  const form = await request.formData().catch(() => null);
  const field = (name: string) => {
    const value = form?.get(name);
    return typeof value === 'string' ? value : '';
  };
  const locale = isLocale(field('locale')) ? field('locale') : routing.defaultLocale;
  const kind = field('kind') === 'HOTEL' ? 'HOTEL' : 'FLIGHT';
  const query = field('query').slice(0, 1500);
  const viewer = await getViewer();
  if (!viewer) {
    const back = `/${locale}${resultsPath(kind, query)}`;
    return seeOther(`/${locale}/signin?${new URLSearchParams({ callbackUrl: back })}`);
  }
  try {
    await saveSearch({ kind, query, ceiling: field('ceiling'), currency: (field('currency') || 'AZN') as never, locale }, viewer, requestContextFrom(request.headers));
    return seeOther(`/${locale}/account/alerts?saved=1`);
  } catch (error) {
    if (error instanceof UserFacingError) return seeOther(`/${locale}/account/alerts?${new URLSearchParams({ error: error.code })}`);
    throw error;
  }
}
