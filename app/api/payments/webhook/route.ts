import { registerFeatures } from '@/lib/jobs/register-features';
import { getPaymentProvider, handlePaymentWebhook, isPaymentError } from '@/lib/payments';
import { countWebhook } from '@/lib/observe/process-metrics';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Stripe's webhook endpoint (configure https://<site>/api/payments/webhook in the Stripe dashboard
 * for checkout.session.completed, checkout.session.async_payment_succeeded,
 * checkout.session.async_payment_failed, checkout.session.expired, refund.created, refund.updated,
 * refund.failed). The sandbox delivers to the same handler in-process.
 * 400: missing/forged signature or unreadable event, nothing changed. 500: processing failed,
 * nothing recorded, the provider retries. 200 otherwise (including duplicates).
 */
export async function POST(request: Request): Promise<Response> {
  const rawBody = Buffer.from(await request.arrayBuffer());
  const signature = request.headers.get('stripe-signature');
  try {
    registerFeatures();
    const result = await handlePaymentWebhook({ rawBody, signature, provider: getPaymentProvider() });
    countWebhook(result.status);
    return Response.json({ received: true, result: result.status }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    if (isPaymentError(error, 'INVALID_SIGNATURE') || isPaymentError(error, 'INVALID_PAYLOAD')) {
      countWebhook('rejected');
      return Response.json({ error: error.code }, { status: 400 });
    }
    countWebhook('failed');
    console.error('[payments] webhook processing failed:', error);
    return Response.json({ error: 'PROCESSING_FAILED' }, { status: 500 });
  }
}
