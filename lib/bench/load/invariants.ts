import pg from 'pg';

/**
 * What `npm run load` checks in the database after the traffic. Capacity per fare is what was sellable
 * when the run started: seats left plus the seats of every live (HELD or CONFIRMED) supplier hold; it
 * is recorded in a temporary table of this connection, so nothing is written to the app's tables.
 */
export type InventoryReport = {
  /** fares whose live holds take more seats than the fare had */
  oversoldFares: number;
  /** fares whose seats left plus live holds no longer add up to their capacity (seats leaked or made up) */
  seatMismatches: number;
  /** room nights sold beyond their allotment */
  oversoldRoomNights: number;
  /** agency holds still HELD whose order is no longer HELD or PAID, or expired > 5 min ago and not released */
  orphanOrderHolds: number;
  /** supplier holds that are live without an agency hold pointing at them */
  orphanSupplierHolds: number;
  orders: Record<string, number>;
};

const LIVE_SEATS = `SELECT unnest(fare_ids) AS fare_id, SUM(seats)::int AS seats FROM catalog_holds WHERE status IN ('HELD', 'CONFIRMED') AND kind = 'FLIGHT' GROUP BY 1`;

export class InventoryCheck {
  private constructor(private readonly client: pg.Client, private readonly startedAt: Date) {}

  static async begin(databaseUrl: string): Promise<InventoryCheck> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`CREATE TEMP TABLE load_capacity AS SELECT f.id, f.seats_left + COALESCE(h.seats, 0) AS capacity FROM fares f LEFT JOIN (${LIVE_SEATS}) h ON h.fare_id = f.id`);
    await client.query('CREATE INDEX ON load_capacity (id)');
    const now = await client.query<{ now: Date }>('SELECT now()');
    return new InventoryCheck(client, now.rows[0]!.now);
  }

  async report(): Promise<InventoryReport> {
    const one = async (sql: string, params: unknown[] = []) => Number((await this.client.query<{ n: string }>(sql, params)).rows[0]!.n);
    const fares = `FROM load_capacity c JOIN fares f ON f.id = c.id LEFT JOIN (${LIVE_SEATS}) h ON h.fare_id = c.id`;
    const orders = await this.client.query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM orders WHERE created_at >= $1 GROUP BY status', [this.startedAt]);
    return {
      oversoldFares: await one(`SELECT count(*) AS n ${fares} WHERE COALESCE(h.seats, 0) > c.capacity OR f.seats_left < 0`),
      seatMismatches: await one(`SELECT count(*) AS n ${fares} WHERE f.seats_left + COALESCE(h.seats, 0) <> c.capacity`),
      oversoldRoomNights: await one('SELECT count(*) AS n FROM room_nights WHERE sold > allotment'),
      orphanOrderHolds: await one(
        `SELECT count(*) AS n FROM order_holds oh JOIN orders o ON o.id = oh.order_id
         WHERE oh.status = 'HELD' AND (o.status NOT IN ('HELD', 'PAID') OR oh.expires_at < now() - interval '5 minutes')`,
      ),
      orphanSupplierHolds: await one(
        `SELECT count(*) AS n FROM catalog_holds ch WHERE ch.status IN ('HELD', 'CONFIRMED')
         AND NOT EXISTS (SELECT 1 FROM order_holds oh WHERE oh.supplier_ref = ch.hold_id)`,
      ),
      orders: Object.fromEntries(orders.rows.map((r) => [r.status, Number(r.n)])),
    };
  }

  async end(): Promise<void> {
    await this.client.end();
  }
}

export const inventoryFailures = (r: InventoryReport) => r.oversoldFares + r.seatMismatches + r.oversoldRoomNights + r.orphanOrderHolds + r.orphanSupplierHolds;
