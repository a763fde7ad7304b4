import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDuffelContext, type DuffelContext } from './context';
import { createDuffelFlightSupplier } from './flights';
import { createDuffelHotelSupplier } from './hotels';
import { startLocalDuffel, type LocalDuffel } from './local/server';
import { CircuitOpenError } from './resilience';
import type { FlightOffer, HotelOffer, SupplierTraveller } from '../supplier';

let local: LocalDuffel;
let ctx: DuffelContext;
const tx = {} as never;
const travellers: SupplierTraveller[] = [{ type: 'ADULT', givenName: 'Aysel', familyName: 'Mammadova', bornOn: '1990-04-02', gender: 'f' }];
const contact = { email: 'a@example.com', phone: '+994501234567' };
const criteria = { origins: ['GYD'], destinations: ['IST'], departDate: '2026-12-01', passengers: { adults: 1, children: 0, infants: 0 }, cabin: 'ECONOMY' as const };

beforeAll(async () => {
  local = await startLocalDuffel();
});
afterAll(() => local.close());
beforeEach(() => {
  local.setFaults({ latencyMs: 0, serverErrors: 0, rateLimited: 0, offerGone: false, priceIncrease: 0, holdExpired: false, dropAfterCommit: 0 });
  ctx = createDuffelContext('duffel-flights', { token: 'duffel_test_local', basePath: local.url, policy: { timeoutMs: 300, backoffMs: 5 }, breaker: { failureThreshold: 3, openMs: 60_000 } });
});

const flights = () => createDuffelFlightSupplier(ctx);
const offerOf = async (brand: string): Promise<FlightOffer> => (await flights().search(criteria, new Date())).offers.find((o) => o.fareFamily.code === brand)!;
const hold = (offer: FlightOffer, holdId: string) => flights().hold(tx, { offer, holdId, expiresAt: new Date(), at: new Date(), travellers, contact });

describe('Duffel flights against the local Duffel', () => {
  it('searches, and maps conditions to fare rules', async () => {
    const { offers } = await flights().search(criteria, new Date());
    expect(offers).toHaveLength(3);
    expect(offers.every((o) => o.supplier === 'duffel' && o.offerId.startsWith('D.off_'))).toBe(true);
    const standard = offers.find((o) => o.fareFamily.code === 'STANDARD')!;
    expect(standard.fareRules).toEqual({ refundable: true, refundPenalty: { amount: 5000, currency: 'EUR' }, changeable: true, changeFee: { amount: 2500, currency: 'EUR' } });
    expect(offers.find((o) => o.fareFamily.code === 'LIGHT')!.fareRules.refundable).toBe(false);
  });

  it('holds a FLEX fare as a pay_later order and pays it from the balance at confirm', async () => {
    const offer = await offerOf('FLEX');
    expect(await hold(offer, 'h-flex')).toMatchObject({ status: 'HELD' });
    const order = [...local.state.orders.values()].find((o) => o.metadata.idempotency_key === 'karvan-order-h-flex')!;
    expect(order.payment_status.paid_at).toBeNull();
    expect(await flights().confirm(tx, 'h-flex')).toMatchObject({ status: 'CONFIRMED', supplierRef: order.id });
    expect(order.payment_status.paid_at).not.toBeNull();
  });

  it('books an instant-payment fare at confirm, once, even when the answer is lost after commit', async () => {
    const offer = await offerOf('STANDARD');
    await hold(offer, 'h-lost');
    const before = local.state.orders.size;
    local.setFaults({ dropAfterCommit: 1 });
    const result = await flights().confirm(tx, 'h-lost');
    expect(result.status).toBe('CONFIRMED');
    expect(local.state.orders.size).toBe(before + 1);
  });

  it('answers SOLD_OUT when the offer is no longer available', async () => {
    const offer = await offerOf('FLEX');
    local.setFaults({ offerGone: true });
    expect(await hold(offer, 'h-gone')).toEqual({ status: 'SOLD_OUT' });
    expect(await flights().reprice(offer, new Date())).toEqual({ status: 'SOLD_OUT' });
  });

  it('reports a price change between offer and order', async () => {
    const offer = await offerOf('STANDARD');
    local.setFaults({ priceIncrease: 20 });
    const repriced = await flights().reprice(offer, new Date());
    expect(repriced.status).toBe('PRICE_CHANGED');
  });

  it('fails the confirm of an expired hold without paying', async () => {
    const offer = await offerOf('FLEX');
    await hold(offer, 'h-exp');
    local.setFaults({ holdExpired: true });
    expect(await flights().confirm(tx, 'h-exp')).toEqual({ status: 'FAILED', reason: 'order_expired' });
  });

  it('retries reads through a 500 and a 429 with ratelimit-reset', async () => {
    local.setFaults({ serverErrors: 1 });
    expect((await flights().search(criteria, new Date())).offers).toHaveLength(3);
    local.setFaults({ rateLimited: 1 });
    expect((await flights().search(criteria, new Date())).offers).toHaveLength(3);
  });

  it('times out a slow answer, opens the breaker, and then fails fast without calling', async () => {
    local.setFaults({ latencyMs: 1000 });
    await expect(flights().search(criteria, new Date())).rejects.toThrow();
    expect(ctx.breaker.state).toBe('open');
    const calls = local.state.requests;
    await expect(flights().search(criteria, new Date())).rejects.toBeInstanceOf(CircuitOpenError);
    expect(local.state.requests).toBe(calls);
  });

  it('releases a held order through a cancellation quote and its confirmation', async () => {
    const offer = await offerOf('FLEX');
    await hold(offer, 'h-rel');
    await flights().release(tx, 'h-rel');
    const order = [...local.state.orders.values()].find((o) => o.metadata.idempotency_key === 'karvan-order-h-rel')!;
    expect(order.cancelled_at).not.toBeNull();
  });
});

describe('Duffel Stays against the local Duffel', () => {
  const hotels = () => createDuffelHotelSupplier(ctx);
  const stay = { cityId: 'baku', checkIn: '2026-12-01', checkOut: '2026-12-04', guests: 2, rooms: 1 };

  it('searches rates in their own currencies with their cancellation policies', async () => {
    const { offers } = await hotels().search(stay, new Date());
    expect(offers).toHaveLength(4);
    const free = offers.find((o) => o.price.total.currency === 'EUR')!;
    expect(free.price.total).toEqual({ amount: 24000, currency: 'EUR' });
    expect(free.cancellation.type).toBe('FREE_UNTIL');
    expect(offers.find((o) => o.price.total.currency === 'USD')!.cancellation).toEqual({ type: 'NON_REFUNDABLE' });
  });

  it('quotes, books once per item (lost answer), and cancels', async () => {
    const offer: HotelOffer = (await hotels().search(stay, new Date())).offers[0]!;
    expect(await hotels().getOffer(offer.offerId, new Date())).toMatchObject({ offerId: offer.offerId });
    expect(await hotels().hold(tx, { offer, holdId: 'hh-1', expiresAt: new Date(), at: new Date(), travellers, contact })).toMatchObject({ status: 'HELD' });
    const before = local.state.bookings.size;
    local.setFaults({ dropAfterCommit: 1 });
    const confirmed = await hotels().confirm(tx, 'hh-1');
    expect(confirmed.status).toBe('CONFIRMED');
    expect(local.state.bookings.size).toBe(before + 1);
    await hotels().release(tx, 'hh-1');
    expect(local.state.bookings.get((confirmed as { supplierRef: string }).supplierRef)!.status).toBe('cancelled');
  });
});
