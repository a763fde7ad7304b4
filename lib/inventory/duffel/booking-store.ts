/**
 * What the adapters remember between `hold` and `confirm`/`release` (one local order item = one
 * record, keyed by its hold id). The app keeps it in PostgreSQL (db-booking-store.ts, `supplier_bookings`)
 * so another process can confirm, and an orphan found remotely (by its idempotency key in the order's
 * metadata) can be matched to its item; adapter tests use the memory store.
 */
export type FlightRecord = {
  kind: 'FLIGHT';
  offerId: string;
  /** hold: a pay_later order exists and is paid at confirm; instant: the order is created at confirm */
  mode: 'hold' | 'instant';
  orderId: string | null;
  amount: string;
  currency: string;
  passengers: unknown[];
  status: 'HELD' | 'CONFIRMED' | 'RELEASED';
};

type HotelRecord = {
  kind: 'HOTEL';
  quoteId: string;
  bookingId: string | null;
  guests: { given_name: string; family_name: string }[];
  email: string;
  phone: string;
  status: 'HELD' | 'CONFIRMED' | 'RELEASED';
};

export type BookingRecord = FlightRecord | HotelRecord;

export interface BookingStore {
  get(holdId: string): Promise<BookingRecord | null>;
  put(holdId: string, record: BookingRecord): Promise<void>;
}

export function memoryBookingStore(): BookingStore {
  const records = new Map<string, BookingRecord>();
  return {
    get: async (holdId) => records.get(holdId) ?? null,
    put: async (holdId, record) => void records.set(holdId, record),
  };
}
