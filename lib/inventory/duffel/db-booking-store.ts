import 'server-only';
/**
 * The booking store in PostgreSQL (`supplier_bookings`, prisma/schema/suppliers.prisma): what another
 * process needs to confirm or release a hold, and what the reconciler compares with Duffel's orders.
 * Each write is its own statement on the app's client, never the order's transaction: it records the
 * intent before a remote call and the outcome after it (README, Decisions: "Remote bookings").
 *
 * Travellers' names and contact details are not written here (the order keeps them, encrypted); this
 * process keeps them in memory from hold to confirm. A confirm in a process that never saw the hold
 * finds no names and answers FAILED (the order then takes the Agreement 4.5 path) — until checkout
 * passes the travellers to confirm too.
 */
import type { Queryable } from '../db';
import type { BookingRecord, BookingStore } from './booking-store';
import { DUFFEL_SUPPLIER, idempotencyKey } from './name';

type Row = {
  kind: 'FLIGHT' | 'HOTEL';
  remote_id: string | null;
  offer_ref: string;
  mode: string;
  amount: string;
  currency: string;
  state: 'HELD' | 'CONFIRMED' | 'CANCELLED' | 'ORPHANED';
};

type Personal = { passengers: unknown[] } | { guests: { given_name: string; family_name: string }[]; email: string; phone: string };

const STATUS_OF = { HELD: 'HELD', CONFIRMED: 'CONFIRMED', CANCELLED: 'RELEASED', ORPHANED: 'RELEASED' } as const;
const STATE_OF = { HELD: 'HELD', CONFIRMED: 'CONFIRMED', RELEASED: 'CANCELLED' } as const;

const UPSERT = `
INSERT INTO supplier_bookings (id, hold_id, order_item_id, kind, supplier, remote_id, offer_ref, mode, amount, currency, idempotency_key, state, updated_at)
VALUES (gen_random_uuid(), $1, (SELECT order_item_id FROM order_holds WHERE id::text = $1), $2::product_kind, $3, $4, $5, $6, $7, $8, $9, $10::supplier_booking_state, now())
ON CONFLICT (hold_id) DO UPDATE SET remote_id = COALESCE(EXCLUDED.remote_id, supplier_bookings.remote_id), offer_ref = EXCLUDED.offer_ref,
  mode = EXCLUDED.mode, amount = EXCLUDED.amount, currency = EXCLUDED.currency, state = EXCLUDED.state, updated_at = now()`;

export function dbBookingStore(client: Queryable): BookingStore {
  const personal = new Map<string, Personal>();
  return {
    async get(holdId) {
      const [row] = await client.$queryRawUnsafe<Row[]>(
        `SELECT kind::text AS kind, remote_id, offer_ref, mode, amount, currency, state::text AS state FROM supplier_bookings WHERE hold_id = $1`,
        holdId,
      );
      if (!row) return null;
      const status = STATUS_OF[row.state];
      const known = personal.get(holdId);
      if (row.kind === 'FLIGHT') {
        return {
          kind: 'FLIGHT',
          offerId: row.offer_ref,
          mode: row.mode === 'instant' ? 'instant' : 'hold',
          orderId: row.remote_id,
          amount: row.amount,
          currency: row.currency.trim(),
          passengers: known && 'passengers' in known ? known.passengers : [],
          status,
        };
      }
      const guests = known && 'guests' in known ? known : { guests: [], email: '', phone: '' };
      return { kind: 'HOTEL', quoteId: row.offer_ref, bookingId: row.remote_id, ...guests, status };
    },

    async put(holdId, record: BookingRecord) {
      if (record.kind === 'FLIGHT') {
        if (record.passengers.length) personal.set(holdId, { passengers: record.passengers });
        await client.$executeRawUnsafe(UPSERT, holdId, 'FLIGHT', DUFFEL_SUPPLIER, record.orderId, record.offerId, record.mode, record.amount, record.currency, idempotencyKey(holdId, 'order'), STATE_OF[record.status]);
      } else {
        if (record.guests.length) personal.set(holdId, { guests: record.guests, email: record.email, phone: record.phone });
        await client.$executeRawUnsafe(UPSERT, holdId, 'HOTEL', DUFFEL_SUPPLIER, record.bookingId, record.quoteId, 'quote', '0', 'XXX', idempotencyKey(holdId, 'booking'), STATE_OF[record.status]);
      }
      if (record.status !== 'HELD') personal.delete(holdId);
    },
  };
}
