import 'server-only';
import { hasReceipt } from '@/lib/booking/receipt-link';
import { loadItinerary, type Itinerary } from '@/lib/documents/load-itinerary';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { getBookingDocumentAccess } from './booking-access';

/**
 * The itinerary behind a booking's downloads (receipt PDF, .ics), for the visitors who may see the
 * booking (lib/auth/booking-access.ts) or hold the confirmation page's signed link (`t`), in the
 * `locale` asked for; null (answer 404) for anyone else and for an order without a payment.
 */
export async function bookingDocumentItinerary(request: Request, reference: string): Promise<{ itinerary: Itinerary; locale: Locale | null } | null> {
  const search = new URL(request.url).searchParams;
  const access = await getBookingDocumentAccess(reference, search.get('t'));
  if (!access) return null;
  const requested = search.get('locale');
  const locale = isLocale(requested) ? requested : null;
  const itinerary = await loadItinerary(access.orderId, locale ? { locale } : {});
  if (!itinerary || !hasReceipt(itinerary.status)) return null;
  return { itinerary, locale };
}

/** A personal download: never cached, never sniffed. */
export function downloadResponse(body: BodyInit, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
