import type { OrderStatus } from '@/lib/db/generated/enums';
import type { Locale } from '@/lib/i18n/locales';

/** Orders that were paid have a receipt: the paid amount, what it bought and the rules (Agreement 4.9). */
const WITH_RECEIPT: readonly OrderStatus[] = ['PAID', 'ISSUED', 'ISSUE_FAILED', 'CANCELLATION_REQUESTED', 'CANCELLED', 'REFUNDED'];

export function hasReceipt(status: OrderStatus): boolean {
  return WITH_RECEIPT.includes(status);
}

/** The receipt PDF of a booking page (app/api/booking/[reference]/receipt), in the page's language. */
export function receiptHrefFor(order: { reference: string; status: OrderStatus }, locale: Locale): string | null {
  return hasReceipt(order.status) ? `/api/booking/${encodeURIComponent(order.reference)}/receipt?locale=${locale}` : null;
}
