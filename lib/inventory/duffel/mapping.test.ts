import { describe, expect, it } from 'vitest';
import { cancellationOf } from './map-stays-rate';
import { fareRulesOf, passengerCountsOf, toFlightOffer } from './map-flight-offer';
import { buildOffer, buildRate } from './local/fixtures';
import { signDuffelWebhook } from './webhook-signature';
import { memorySeenEvents, verifyDuffelWebhook } from './verify-webhook';

const now = new Date('2026-11-01T00:00:00Z');

describe('Duffel offer mapping', () => {
  it('maps a two-slice offer with an infant, times as instants in each airport zone', () => {
    const offer = buildOffer('off_1', 'STANDARD', [
      { origin: 'GYD', destination: 'IST', departure_date: '2026-12-01' },
      { origin: 'IST', destination: 'GYD', departure_date: '2026-12-08' },
    ], [{ type: 'adult' }, { age: 1 }], 'AZN', now);
    const mapped = toFlightOffer(offer);
    expect(mapped.passengers).toEqual({ adults: 1, children: 0, infants: 1 });
    expect(mapped.slices).toHaveLength(2);
    // 12:00 in Baku (UTC+4)
    expect(mapped.slices[0]!.departureAt.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(mapped.price.total).toEqual({ amount: 36000, currency: 'AZN' });
  });

  it('missing conditions = neither refundable nor changeable', () => {
    expect(fareRulesOf({ refund_before_departure: null, change_before_departure: null }, 'EUR')).toEqual({ refundable: false, refundPenalty: null, changeable: false, changeFee: null });
    expect(fareRulesOf(undefined, 'EUR').refundable).toBe(false);
  });

  it('an allowed refund with an unknown penalty or a penalty in another currency is not promised online', () => {
    expect(fareRulesOf({ refund_before_departure: { allowed: true, penalty_amount: null, penalty_currency: null }, change_before_departure: null }, 'EUR').refundable).toBe(false);
    expect(fareRulesOf({ refund_before_departure: { allowed: true, penalty_amount: '10.00', penalty_currency: 'GBP' }, change_before_departure: null }, 'EUR').refundable).toBe(false);
    expect(fareRulesOf({ refund_before_departure: { allowed: true, penalty_amount: '0.00', penalty_currency: 'EUR' }, change_before_departure: null }, 'EUR')).toMatchObject({ refundable: true, refundPenalty: null });
  });

  it('counts passengers by type, or by age when the type is absent', () => {
    expect(passengerCountsOf([{ type: null, age: 5 }, { type: null, age: 30 }, { type: 'infant_without_seat', age: null }])).toEqual({ adults: 1, children: 1, infants: 1 });
  });
});

describe('Stays cancellation timeline → Agreement 6.3 policy', () => {
  const checkInAt = new Date('2026-12-01T10:00:00Z');
  it.each([
    ['EUR', '240.00', 24000],
    ['USD', '195.00', 19500],
    ['KZT', '120000.00', 12000000],
  ])('a full refund before a date is free cancellation until then (%s)', (currency, amount, minor) => {
    const rate = buildRate('rat_1', Number(amount), currency, '2026-12-01', 'FREE');
    const { policy, terms } = cancellationOf(rate.cancellation_timeline, { amount: minor, currency }, { amount: minor / 3, currency }, checkInAt);
    expect(policy).toEqual({ type: 'FREE_UNTIL', freeUntil: new Date('2026-11-29T00:00:00Z'), penalty: { kind: 'PERCENT', percent: 100 } });
    expect(terms).toMatchObject({ kind: 'FREE_UNTIL', daysBefore: 2 });
  });

  it('a partial refund after the free date becomes a percentage penalty; none at all is non-refundable', () => {
    const timeline = [
      { before: '2026-11-25T00:00:00Z', refund_amount: '300.00', currency: 'EUR' },
      { before: '2026-11-30T00:00:00Z', refund_amount: '200.00', currency: 'EUR' },
    ];
    expect(cancellationOf(timeline, { amount: 30000, currency: 'EUR' }, { amount: 10000, currency: 'EUR' }, checkInAt).policy).toEqual({
      type: 'FREE_UNTIL',
      freeUntil: new Date('2026-11-25T00:00:00Z'),
      penalty: { kind: 'FIRST_NIGHT' },
    });
    expect(cancellationOf([], { amount: 30000, currency: 'EUR' }, { amount: 10000, currency: 'EUR' }, checkInAt).policy).toEqual({ type: 'NON_REFUNDABLE' });
  });
});

describe('Duffel webhook verification', () => {
  const secret = 'whsec_local';
  const body = JSON.stringify({ id: 'wev_1', type: 'order.airline_initiated_change_detected', data: {} });
  const t = Math.floor(now.getTime() / 1000);

  it('accepts a signed, fresh, first delivery and refuses its replay', async () => {
    const seen = memorySeenEvents();
    expect(await verifyDuffelWebhook(body, signDuffelWebhook(secret, body, t), secret, seen, now)).toMatchObject({ ok: true });
    expect(await verifyDuffelWebhook(body, signDuffelWebhook(secret, body, t), secret, seen, now)).toEqual({ ok: false, reason: 'REPLAYED' });
  });

  it('refuses a forged body, a wrong secret, an old timestamp and a missing header', async () => {
    const seen = memorySeenEvents();
    const sig = signDuffelWebhook(secret, body, t);
    expect(await verifyDuffelWebhook(body.replace('wev_1', 'wev_2'), sig, secret, seen, now)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(await verifyDuffelWebhook(body, signDuffelWebhook('other', body, t), secret, seen, now)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(await verifyDuffelWebhook(body, signDuffelWebhook(secret, body, t - 3600), secret, seen, now)).toEqual({ ok: false, reason: 'STALE' });
    expect(await verifyDuffelWebhook(body, null, secret, seen, now)).toEqual({ ok: false, reason: 'MISSING_SIGNATURE' });
  });
});
