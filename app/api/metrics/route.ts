import { metrics } from '@/lib/observe/metrics';
import { metricsAuthorised } from '@/lib/observe/process-metrics';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Prometheus scrape endpoint. Without `Authorization: Bearer $METRICS_TOKEN` (or with no token set) it does not exist. */
export async function GET(request: Request): Promise<Response> {
  if (!metricsAuthorised(request.headers.get('authorization'))) {
    return new Response('Not Found', { status: 404, headers: { 'cache-control': 'no-store' } });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' } });
}
