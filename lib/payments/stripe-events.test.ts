import { describe, expect, it } from 'vitest';
import { isPaymentError } from './errors';
import { normalizeStripeLikeEvent } from './stripe-events';
import { clampExpiry } from './stripe-provider';

const session = { id: 'cs_test_1', object: 'checkout.session', amount_total: 15000, currency: 'azn', metadata: { paymentId: 'p1', orderId: 'o1' } };
const event = (type: string, object: Record<string, unknown>) => ({ id: 'evt_1', type, created: 1_700_000_000, data: { object } });

describe('normalizeStripeLikeEvent', () => {
  it('maps Checkout Session events', () => {
    expect(normalizeStripeLikeEvent('stripe', event('checkout.session.completed', { ...session, payment_status: 'paid' }))).toMatchObject({
      id: 'evt_1',
      type: 'payment.succeeded',
      providerRef: 'cs_test_1',
      paymentId: 'p1',
      amount: { amount: 15000, currency: 'AZN' },
      occurredAt: new Date(1_700_000_000_000),
    });
    expect(normalizeStripeLikeEvent('stripe', event('checkout.session.completed', { ...session, payment_status: 'unpaid' })).type).toBe('payment.pending');
    expect(normalizeStripeLikeEvent('stripe', event('checkout.session.async_payment_succeeded', session)).type).toBe('payment.succeeded');
    expect(normalizeStripeLikeEvent('stripe', event('checkout.session.async_payment_failed', session))).toMatchObject({ type: 'payment.failed', failureCode: 'async_payment_failed' });
    expect(normalizeStripeLikeEvent('stripe', event('checkout.session.expired', session)).type).toBe('payment.expired');
  });

  it('maps refund events by the refund status', () => {
    const refund = { id: 're_1', object: 'refund', amount: 500, currency: 'kzt', metadata: { refundId: 'r1', paymentId: 'p1' } };
    expect(normalizeStripeLikeEvent('stripe', event('refund.updated', { ...refund, status: 'succeeded' }))).toMatchObject({ type: 'refund.succeeded', refundRef: 're_1', refundId: 'r1', amount: { amount: 500, currency: 'KZT' } });
    expect(normalizeStripeLikeEvent('stripe', event('refund.failed', { ...refund, status: 'failed', failure_reason: 'lost_or_stolen_card' }))).toMatchObject({ type: 'refund.failed', failureCode: 'lost_or_stolen_card' });
    expect(normalizeStripeLikeEvent('stripe', event('refund.created', { ...refund, status: 'pending' })).type).toBe('refund.pending');
  });

  it('ignores other events, and refuses what is not an event', () => {
    expect(normalizeStripeLikeEvent('sandbox', event('payment_intent.payment_failed', { id: 'pi_1', object: 'payment_intent' })).type).toBe('ignored');
    for (const bad of [null, {}, { id: 'evt', type: 'x' }, event('checkout.session.completed', { id: 'cs', object: 'customer' })]) {
      let error: unknown;
      try {
        normalizeStripeLikeEvent('stripe', bad);
      } catch (e) {
        error = e;
      }
      expect(isPaymentError(error, 'INVALID_PAYLOAD')).toBe(true);
    }
  });
});

describe('clampExpiry', () => {
  it('keeps a Checkout Session expiry between 30 minutes and 24 hours from now', () => {
    const now = Date.UTC(2026, 10, 23, 12);
    expect(clampExpiry(new Date(now + 5 * 60_000), now).getTime()).toBe(now + 31 * 60_000);
    expect(clampExpiry(new Date(now + 2 * 3_600_000), now).getTime()).toBe(now + 2 * 3_600_000);
    expect(clampExpiry(new Date(now + 48 * 3_600_000), now).getTime()).toBe(now + 23.5 * 3_600_000);
  });
});
