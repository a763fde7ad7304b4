import type { OrderStatus } from '@/lib/db/generated/enums';
import type { Locale } from '@/lib/i18n/locales';

/** Orders that were paid have a receipt: the paid amount, what it bought and the rules (Agreement 4.9). */
const WITH_RECEIPT: readonly OrderStatus[] = ['PAID', 'ISSUED', 'ISSUE_FAILED', 'CANCELLATION_REQUESTED', 'CANCELLED', 'REFUNDED'];

export function hasReceipt(status: OrderStatus): boolean {
  return WITH_RECEIPT.includes(status);
}

function documentHref(kind: 'receipt' | 'calendar', reference: string, locale: Locale, linkToken?: string | null): string {
  const query = new URLSearchParams({ locale });
  if (linkToken) query.set('t', linkToken);
  return `/api/booking/${encodeURIComponent(reference)}/${kind}?${query}`;
}

/**
 * The receipt PDF of a booking (app/api/booking/[reference]/receipt), in the page's language; the
 * confirmation page passes its signed link token so the download works without the booking cookie.
 */
export function receiptHrefFor(order: { reference: string; status: OrderStatus }, locale: Locale, linkToken?: string | null): string | null {
  return hasReceipt(order.status) ? documentHref('receipt', order.reference, locale, linkToken) : null;
}

/** The itinerary as an .ics calendar file (app/api/booking/[reference]/calendar), once it is paid. */
export function calendarHrefFor(order: { reference: string; status: OrderStatus }, locale: Locale, linkToken?: string | null): string | null {
  return hasReceipt(order.status) ? documentHref('calendar', order.reference, locale, linkToken) : null;
}
