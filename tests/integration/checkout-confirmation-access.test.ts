/**
 * Issue 20, bug 1: the confirmation page's order is found for anyone holding the booking — its trip
 * cookie, its account, the manage-booking cookie, or the signed link of the payment return and the
 * mails — and for nobody else.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkoutInput, configureBookingTestEnv, createFlight, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';

configureBookingTestEnv();

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { startOrderPayment } = await import('@/lib/fulfilment/start-order-payment');
const { registerFulfilment } = await import('@/lib/fulfilment/register-fulfilment');
const { getOrderForOwner } = await import('@/lib/booking/get-order-for-owner');
const { grantBookingAccess } = await import('@/lib/booking/booking-lookup-cookie');

beforeAll(() => {
  registerFulfilment();
});

const stranger = { userId: null, cookieToken: null };

async function heldOrder() {
  const flight = await createFlight({ seats: 9 });
  const trip = await createTrip([{ kind: 'FLIGHT', offerId: flight.offerId(1) }]);
  const input = await checkoutInput(trip, { paymentMethod: 'CARD' });
  return { trip, placed: await placeOrder({ owner: trip.owner, input, locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION }) };
}

describe('confirmation page access', () => {
  it('a browser without the trip cookie sees the order through the manage-booking cookie', async () => {
    const { placed } = await heldOrder();
    expect(await getOrderForOwner(stranger, placed.reference)).toBeNull();
    const cookie = grantBookingAccess(null, placed.orderId).value;
    expect((await getOrderForOwner(stranger, placed.reference, { lookupCookie: cookie }))?.orderId).toBe(placed.orderId);
  });

  it('the payment return links carry a signed token that opens the page on the host the site was opened on', async () => {
    const { placed } = await heldOrder();
    await startOrderPayment({ orderId: placed.orderId, locale: 'en', appUrl: 'http://127.0.0.1:3641' });
    const session = await db.sandboxCheckoutSession.findFirstOrThrow({ where: { orderId: placed.orderId } });
    for (const link of [session.successUrl, session.cancelUrl]) {
      const url = new URL(link.replace('{CHECKOUT_SESSION_ID}', 'x'));
      expect(url.origin).toBe('http://127.0.0.1:3641');
      expect(url.pathname).toBe('/en/checkout/done');
      expect(url.searchParams.get('ref')).toBe(placed.reference);
      const shown = await getOrderForOwner(stranger, placed.reference, { linkToken: url.searchParams.get('t') });
      expect(shown?.orderId).toBe(placed.orderId);
    }
  });

  it("a token or cookie for one order opens no other, and a forged one opens nothing", async () => {
    const a = await heldOrder();
    const b = await heldOrder();
    await startOrderPayment({ orderId: a.placed.orderId, locale: 'en' });
    const session = await db.sandboxCheckoutSession.findFirstOrThrow({ where: { orderId: a.placed.orderId } });
    const token = new URL(session.cancelUrl).searchParams.get('t')!;
    expect(await getOrderForOwner(stranger, b.placed.reference, { linkToken: token })).toBeNull();
    expect(await getOrderForOwner(stranger, a.placed.reference, { linkToken: `${token.slice(0, -2)}xx` })).toBeNull();
    expect(await getOrderForOwner(stranger, b.placed.reference, { lookupCookie: grantBookingAccess(null, a.placed.orderId).value })).toBeNull();
    // an expired link grants nothing
    expect(await getOrderForOwner(stranger, a.placed.reference, { linkToken: token, now: new Date(Date.now() + 500 * 86_400_000) })).toBeNull();
  });
});
