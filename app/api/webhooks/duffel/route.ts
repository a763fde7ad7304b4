import { NextResponse, type NextRequest } from 'next/server';
import { duffelWebhookHandler } from '@/lib/after-sales/duffel-webhook-deps';

/**
 * Duffel's webhooks (issue 21): a forged or stale signature answers 401, a replayed event 200 without
 * effect (Duffel stops retrying), an airline-initiated change records the schedule-change notice.
 */
export async function POST(request: NextRequest) {
  const handle = duffelWebhookHandler();
  if (!handle) return new NextResponse('duffel webhooks are not configured\n', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  const outcome = await handle(await request.text(), request.headers.get('x-duffel-signature'));
  return NextResponse.json(outcome.status === 401 ? { error: outcome.reason } : { result: outcome.result }, { status: outcome.status, headers: { 'Cache-Control': 'no-store' } });
}
