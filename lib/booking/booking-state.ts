/**
 * What a booking and each of its items are, in the words the traveller reads — from the stored facts,
 * not from the order's status alone: an order stays ISSUED after a partial cancellation, becomes
 * REFUNDED when its last item is cancelled whatever part was refunded, and a cancelled item's hold is
 * released although its voucher was issued. Pages (booking, confirmation, bookings list) and documents
 * call these two functions instead of reading the enums.
 */
import type { OrderHoldStatus, OrderStatus } from '@/lib/db/generated/enums';

export type BookingPhase = OrderStatus | 'PARTLY_CANCELLED' | 'PARTLY_REFUNDED';

export type BookingPhaseInput = {
  status: OrderStatus;
  items: readonly { cancelled: boolean }[];
  /** what was paid and what came back (minor units of the charge currency), when known */
  paidMinor?: number | null;
  refundedMinor?: number | null;
};

export function bookingPhase({ status, items, paidMinor, refundedMinor }: BookingPhaseInput): BookingPhase {
  const cancelled = items.filter((i) => i.cancelled).length;
  const some = cancelled > 0 && cancelled < items.length;
  if ((status === 'ISSUED' || status === 'PAID' || status === 'CANCELLATION_REQUESTED') && some) return 'PARTLY_CANCELLED';
  if (status === 'REFUNDED') {
    if (some) return 'PARTLY_REFUNDED';
    if (paidMinor != null && refundedMinor != null && refundedMinor < paidMinor) return 'PARTLY_REFUNDED';
  }
  return status;
}

/** issued: valid documents; void: issued, then the item was cancelled; pending: not issued yet; cancelled: cancelled before issue */
export type ItemDocumentState = 'issued' | 'void' | 'pending' | 'cancelled';

export function itemDocuments(hold: { status: OrderHoldStatus; documents: string[] } | null, cancelled: boolean): { state: ItemDocumentState; documents: string[] } {
  const documents = hold?.documents ?? [];
  if (cancelled) return documents.length > 0 ? { state: 'void', documents } : { state: 'cancelled', documents: [] };
  if (hold?.status === 'CONFIRMED') return { state: 'issued', documents };
  return { state: 'pending', documents: [] };
}
