import { checkDatabase } from '@/lib/db/check-database';
import { pendingMigrations } from '@/lib/db/check-migrations';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Readiness for a load balancer: 200 only when the database answers and has every migration this
 * build ships. 503 otherwise, so traffic goes to the other processes until it recovers.
 */
export async function GET(): Promise<Response> {
  const headers = { 'cache-control': 'no-store' };
  if (!(await checkDatabase())) return Response.json({ status: 'unavailable', database: 'unreachable' }, { status: 503, headers });
  const pending = await pendingMigrations().catch(() => null);
  if (pending === null) return Response.json({ status: 'unavailable', database: 'reachable', migrations: 'unknown' }, { status: 503, headers });
  if (pending.length) return Response.json({ status: 'unavailable', database: 'reachable', migrations: 'behind', pending: pending.length }, { status: 503, headers });
  return Response.json({ status: 'ok', database: 'reachable', migrations: 'current' }, { headers });
}
