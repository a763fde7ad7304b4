import { getBookingDocumentAccess } from '@/lib/auth/booking-access';
import { hasReceipt } from '@/lib/booking/receipt-link';
import { loadItinerary } from '@/lib/documents/load-itinerary';
import { renderReceiptPdf } from '@/lib/documents/render-receipt-pdf';
import { isLocale } from '@/lib/i18n/locales';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * The itinerary receipt of a booking as a PDF (Agreement 4.9), for the same visitors as the booking
 * page (its signed-in owner or the browser that found it by reference + surname) and for the holder of
 * the confirmation page's signed link (`t`). Anyone else, and any order without a payment, gets a
 * plain 404.
 */
export async function GET(request: Request, { params }: RouteContext<'/api/booking/[reference]/receipt'>) {
  const { reference } = await params;
  const search = new URL(request.url).searchParams;
  const access = await getBookingDocumentAccess(reference, search.get('t'));
  if (!access) return new Response(null, { status: 404 });
  const requested = search.get('locale');
  const itinerary = await loadItinerary(access.orderId, isLocale(requested) ? { locale: requested } : {});
  if (!itinerary || !hasReceipt(itinerary.status)) return new Response(null, { status: 404 });
  const pdf = await renderReceiptPdf(isLocale(requested) ? { ...itinerary, locale: requested } : itinerary);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${itinerary.reference}.pdf"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
