export const dynamic = 'force-dynamic';

/**
 * Liveness only: the process answers HTTP. It does not touch the database, so an orchestrator does not
 * restart every web process while PostgreSQL is away; readiness (the database, migrations) is /api/ready.
 */
export async function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
