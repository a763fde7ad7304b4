import 'server-only';
/**
 * The booking store in PostgreSQL (`supplier_bookings`, prisma/schema/suppliers.prisma): what another
 * process needs to confirm or release a hold, and what the reconciler compares with Duffel's orders.
 * Each write is its own statement on the app's client, never the order's transaction: it records the
 * intent before a remote call and the outcome after it (README, Decisions: "Remote bookings").
 *
 * Travellers' names and contact details are neither written here nor kept in memory: the order keeps
 * them (encrypted), and whichever process confirms passes them to `confirm` (lib/booking/order-travellers.ts),
 * so any web or worker process can confirm a hold another one made.
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

const STATUS_OF = { HELD: 'HELD', CONFIRMED: 'CONFIRMED', CANCELLED: 'RELEASED', ORPHANED: 'RELEASED' } as const;
const STATE_OF = { HELD: 'HELD', CONFIRMED: 'CONFIRMED', RELEASED: 'CANCELLED' } as const;

const UPSERT = `
INSERT INTO supplier_bookings (id, hold_id, order_item_id, kind, supplier, remote_id, offer_ref, mode, amount, currency, idempotency_key, state, updated_at)
VALUES (gen_random_uuid(), $1, (SELECT order_item_id FROM order_holds WHERE id::text = $1), $2::product_kind, $3, $4, $5, $6, $7, $8, $9, $10::supplier_booking_state, now())
ON CONFLICT (hold_id) DO UPDATE SET remote_id = COALESCE(EXCLUDED.remote_id, supplier_bookings.remote_id), offer_ref = EXCLUDED.offer_ref,
  mode = EXCLUDED.mode, amount = EXCLUDED.amount, currency = EXCLUDED.currency, state = EXCLUDED.state, updated_at = now()`;

export function dbBookingStore(client: Queryable): BookingStore {
  return {
    async get(holdId) {
      const [row] = await client.$queryRawUnsafe<Row[]>(
        `SELECT kind::text AS kind, remote_id, offer_ref, mode, amount, currency, state::text AS state FROM supplier_bookings WHERE hold_id = $1`,
        holdId,
      );
      if (!row) return null;
      const status = STATUS_OF[row.state];
      if (row.kind === 'FLIGHT') {
        return {
          kind: 'FLIGHT',
          offerId: row.offer_ref,
          mode: row.mode === 'instant' ? 'instant' : 'hold',
          orderId: row.remote_id,
          amount: row.amount,
          currency: row.currency.trim(),
          passengers: [],
          status,
        };
      }
      return { kind: 'HOTEL', quoteId: row.offer_ref, bookingId: row.remote_id, guests: [], email: '', phone: '', status };
    },

    async put(holdId, record: BookingRecord) {
      if (record.kind === 'FLIGHT') {
        await client.$executeRawUnsafe(UPSERT, holdId, 'FLIGHT', DUFFEL_SUPPLIER, record.orderId, record.offerId, record.mode, record.amount, record.currency, idempotencyKey(holdId, 'order'), STATE_OF[record.status]);
      } else {
        await client.$executeRawUnsafe(UPSERT, holdId, 'HOTEL', DUFFEL_SUPPLIER, record.bookingId, record.quoteId, 'quote', '0', 'XXX', idempotencyKey(holdId, 'booking'), STATE_OF[record.status]);
      }
    },
  };
}
