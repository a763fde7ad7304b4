import { getBookingDocumentAccess } from '@/lib/auth/booking-access';
import { hasReceipt } from '@/lib/booking/receipt-link';
import { loadItinerary } from '@/lib/documents/load-itinerary';
import { renderItineraryIcs } from '@/lib/documents/render-itinerary-ics';
import { isLocale } from '@/lib/i18n/locales';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * The itinerary as an .ics calendar file, the same file the receipt mail attaches (Agreement 4.9),
 * for the same visitors as the receipt PDF. Anyone else, and any order without a payment, gets 404.
 */
export async function GET(request: Request, { params }: RouteContext<'/api/booking/[reference]/calendar'>) {
  const { reference } = await params;
  const search = new URL(request.url).searchParams;
  const access = await getBookingDocumentAccess(reference, search.get('t'));
  if (!access) return new Response(null, { status: 404 });
  const requested = search.get('locale');
  const itinerary = await loadItinerary(access.orderId, isLocale(requested) ? { locale: requested } : {});
  if (!itinerary || !hasReceipt(itinerary.status)) return new Response(null, { status: 404 });
  const ics = renderItineraryIcs(itinerary, { locale: isLocale(requested) ? requested : itinerary.locale });
  return new Response(ics, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${itinerary.reference}.ics"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
