import 'server-only';
import type { Tx } from '@/lib/db/client';

/** One form, one order: a second submission of the same form waits here for the first one's transaction. */
export async function lockCheckout(tx: Tx, idempotencyKey: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(${`checkout:${idempotencyKey}`}, 0))) AS l`;
}
