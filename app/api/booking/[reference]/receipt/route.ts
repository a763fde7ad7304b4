import { bookingDocumentItinerary, downloadResponse } from '@/lib/auth/booking-document';
import { renderReceiptPdf } from '@/lib/documents/render-receipt-pdf';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * The itinerary receipt of a booking as a PDF (Agreement 4.9), for the same visitors as the booking
 * page (its signed-in owner or the browser that found it by reference + surname) and for the holder of
 * the confirmation page's signed link (`t`). Anyone else, and any order without a payment, gets a
 * plain 404.
 */
export async function GET(request: Request, { params }: RouteContext<'/api/booking/[reference]/receipt'>) {
  const found = await bookingDocumentItinerary(request, (await params).reference);
  if (!found) return new Response(null, { status: 404 });
  const { itinerary, locale } = found;
  const pdf = await renderReceiptPdf(locale ? { ...itinerary, locale } : itinerary);
  return downloadResponse(new Uint8Array(pdf), 'application/pdf', `${itinerary.reference}.pdf`);
}
