import 'server-only';
import type { Queryable } from '../db';
import type { VehicleClass } from '../../rules/types';

/**
 * The built-in supplier's record of what a hold took (catalog_holds), the same for flights, hotels and
 * transfers: hold, confirm and release read and write it only through these, so that every kind stays
 * idempotent the same way (a hold id held twice is one hold; a released one can be held again).
 */

type Kind = 'FLIGHT' | 'HOTEL' | 'TRANSFER';

/** What each kind took, by column: release gives exactly this back. */
export type HoldTaken =
  | { kind: 'FLIGHT'; fareIds: number[]; seats: number }
  | { kind: 'HOTEL'; roomTypeId: number; checkIn: string; checkOut: string; rooms: number }
  | { kind: 'TRANSFER'; airportCode: string; vehicleClass: VehicleClass; serviceDate: string };

type Column = { name: string; cast: string; value: unknown };

function takenColumns(taken: HoldTaken): Column[] {
  switch (taken.kind) {
    case 'FLIGHT':
      return [
        { name: 'fare_ids', cast: 'int[]', value: taken.fareIds },
        { name: 'seats', cast: 'smallint', value: taken.seats },
      ];
    case 'HOTEL':
      return [
        { name: 'room_type_id', cast: 'int', value: taken.roomTypeId },
        { name: 'check_in', cast: 'date', value: taken.checkIn },
        { name: 'check_out', cast: 'date', value: taken.checkOut },
        { name: 'rooms', cast: 'smallint', value: taken.rooms },
      ];
    case 'TRANSFER':
      return [
        { name: 'airport_code', cast: 'char(3)', value: taken.airportCode },
        { name: 'vehicle_class', cast: 'catalog_vehicle_class', value: taken.vehicleClass },
        { name: 'service_date', cast: 'date', value: taken.serviceDate },
      ];
  }
}

/** The hold's row, locked for the rest of the transaction; of one kind when `kind` is given. */
export async function lockHold<Row extends { status: string }>(tx: Queryable, holdId: string, kind?: Kind): Promise<Row | undefined> {
  const rows = kind
    ? await tx.$queryRawUnsafe<Row[]>(`SELECT * FROM catalog_holds WHERE hold_id = $1 AND kind = $2::catalog_product_kind FOR UPDATE`, holdId, kind)
    : await tx.$queryRawUnsafe<Row[]>(`SELECT * FROM catalog_holds WHERE hold_id = $1 FOR UPDATE`, holdId);
  return rows[0];
}

/** Records a hold as HELD until `expiresAt` with what it took (again, when it was released before). */
export async function recordHold(tx: Queryable, hold: { holdId: string; offerId: string; expiresAt: Date; taken: HoldTaken }): Promise<void> {
  const columns = takenColumns(hold.taken);
  // Flights record their fares; the other kinds record none.
  const fareIds = columns.some((c) => c.name === 'fare_ids') ? [] : [{ name: 'fare_ids', cast: 'int[]', value: [] }];
  const all = [...fareIds, ...columns];
  await tx.$executeRawUnsafe(
    `INSERT INTO catalog_holds (hold_id, kind, offer_id, status, expires_at, documents, ${all.map((c) => c.name).join(', ')})
     VALUES ($1, $2::catalog_product_kind, $3, 'HELD', $4::timestamptz, '{}', ${all.map((c, i) => `$${i + 5}::${c.cast}`).join(', ')})
     ON CONFLICT (hold_id) DO UPDATE SET status = 'HELD', offer_id = EXCLUDED.offer_id, expires_at = EXCLUDED.expires_at,
       ${columns.map((c) => `${c.name} = EXCLUDED.${c.name}`).join(', ')}, released_at = NULL`,
    hold.holdId,
    hold.taken.kind,
    hold.offerId,
    hold.expiresAt.toISOString(),
    ...all.map((c) => c.value),
  );
}

export async function markHoldConfirmed(tx: Queryable, holdId: string, documents: string[]): Promise<void> {
  await tx.$executeRawUnsafe(`UPDATE catalog_holds SET status = 'CONFIRMED', confirmed_at = now(), documents = $2::text[] WHERE hold_id = $1`, holdId, documents);
}

export async function markHoldReleased(tx: Queryable, holdId: string): Promise<void> {
  await tx.$executeRawUnsafe(`UPDATE catalog_holds SET status = 'RELEASED', released_at = now() WHERE hold_id = $1`, holdId);
}
