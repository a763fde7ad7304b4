/**
 * Factories and a recording PaymentEffects for the payments integration tests (not a test file).
 */
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';
import { registerPaymentEffects, type PaymentEffects } from '@/lib/payments/effects';
import type { StartPaymentInput } from '@/lib/payments/start-payment';
import type { PaymentRecord, PaymentStatus, RefundRecord } from '@/lib/payments/types';

/**
 * An order row for payments.order_id's foreign key. Raw SQL with only the columns the orders
 * migration requires, so these tests do not depend on the rest of booking's model.
 */
export async function createOrder(): Promise<string> {
  const id = randomUUID();
  const reference = `KRV-${randomUUID().slice(0, 6).toUpperCase()}`;
  await db.$executeRaw`INSERT INTO orders (id, reference, contact_email, locale, updated_at) VALUES (${id}::uuid, ${reference}, 'traveller@example.com', 'en', now())`;
  return id;
}

export function paymentInput(orderId: string, overrides: Partial<StartPaymentInput> = {}): StartPaymentInput {
  return {
    orderId,
    amount: { amount: 15_000, currency: 'AZN' },
    description: 'Karvan order KRV-TEST01',
    successUrl: 'https://karvan.test/en/checkout/done?session={CHECKOUT_SESSION_ID}',
    cancelUrl: 'https://karvan.test/en/checkout/pay?cancelled=1',
    customerEmail: 'traveller@example.com',
    locale: 'en',
    expiresAt: new Date(Date.now() + 45 * 60_000),
    ...overrides,
  };
}

export type RecordedCalls = {
  succeeded: { payment: PaymentRecord; previousStatus: PaymentStatus }[];
  failed: PaymentRecord[];
  refundSucceeded: RefundRecord[];
  refundFailed: RefundRecord[];
};

/** Effects that record each call (and write nothing), registered for the current test file. */
export function recordEffects(options: { failOnSuccess?: boolean } = {}): { calls: RecordedCalls; effects: PaymentEffects; unregister: () => void; reset: () => void } {
  const calls: RecordedCalls = { succeeded: [], failed: [], refundSucceeded: [], refundFailed: [] };
  const effects: PaymentEffects = {
    async onPaymentSucceeded(_tx, payment, context) {
      if (options.failOnSuccess) throw new Error('order code failed');
      calls.succeeded.push({ payment, previousStatus: context.previousStatus });
    },
    async onPaymentFailed(_tx, payment) {
      calls.failed.push(payment);
    },
    async onRefundSucceeded(_tx, refund) {
      calls.refundSucceeded.push(refund);
    },
    async onRefundFailed(_tx, refund) {
      calls.refundFailed.push(refund);
    },
  };
  const unregister = registerPaymentEffects(effects);
  const reset = () => {
    calls.succeeded.length = 0;
    calls.failed.length = 0;
    calls.refundSucceeded.length = 0;
    calls.refundFailed.length = 0;
  };
  return { calls, effects, unregister, reset };
}

export async function auditActions(subjectId: string): Promise<string[]> {
  const rows = await db.auditEvent.findMany({ where: { subjectId }, orderBy: { at: 'asc' }, select: { action: true } });
  return rows.map((r) => r.action);
}

/** Environment of the embedded default, for code that reads env() (the webhook route, the provider). */
export function embeddedEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    KARVAN_MODE: 'embedded',
    AUTH_SECRET: 'test-auth-secret-test-auth-secret-0123456789',
    DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    APP_URL: 'https://karvan.test',
    ...extra,
  };
}
