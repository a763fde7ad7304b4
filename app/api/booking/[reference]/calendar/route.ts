import { bookingDocumentItinerary, downloadResponse } from '@/lib/auth/booking-document';
import { renderItineraryIcs } from '@/lib/documents/render-itinerary-ics';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * The itinerary as an .ics calendar file, the same file the receipt mail attaches (Agreement 4.9),
 * for the same visitors as the receipt PDF. Anyone else, and any order without a payment, gets 404.
 */
export async function GET(request: Request, { params }: RouteContext<'/api/booking/[reference]/calendar'>) {
  const found = await bookingDocumentItinerary(request, (await params).reference);
  if (!found) return new Response(null, { status: 404 });
  const { itinerary, locale } = found;
  return downloadResponse(renderItineraryIcs(itinerary, { locale: locale ?? itinerary.locale }), 'text/calendar; charset=utf-8', `${itinerary.reference}.ics`);
}
