import { checkDatabase } from '@/lib/db/check-database';

export const dynamic = 'force-dynamic';

export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database ? 'ok' : 'unavailable', database: database ? 'reachable' : 'unreachable' },
    { status: database ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
