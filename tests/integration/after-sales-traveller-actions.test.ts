/**
 * Issue 9, traveller self-service through the real pages and server actions, outside Next.js (authz-kit):
 * every action finds the order from the booking reference with requireBookingAccess, so another
 * traveller's booking is a 404, a forged `orderId` field is ignored, and a request of another booking
 * is not found even under one's own reference.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { configureBookingTestEnv } from '../support/booking-factories';
import { createSession, createUser } from './auth-test-kit';
import { form, outcomeOf, pageProps, requestState, textOf } from './authz-kit';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('./authz-kit')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('./authz-kit')).nextIntlServerMock());
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

configureBookingTestEnv({ MAIL_FROM: 'Karvan <no-reply@karvan.test>' });
delete process.env.SMTP_URL;

const { db } = await import('@/lib/db/client');
const { registerFulfilment } = await import('@/lib/fulfilment/register-fulfilment');
const { sessionCookieName } = await import('@/lib/auth/session-token');
const { createRequest } = await import('@/lib/after-sales/create-request');
const { issuedOrder } = await import('../support/after-sales-factories');
const cancelActions = await import('@/app/[locale]/booking/[reference]/cancel/actions');
const requestActions = await import('@/app/[locale]/booking/[reference]/requests/actions');
const changeActions = await import('@/app/[locale]/booking/[reference]/change/actions');
const CancelPage = (await import('@/app/[locale]/booking/[reference]/cancel/page')).default;
const RequestPage = (await import('@/app/[locale]/booking/[reference]/requests/[id]/page')).default;
const AccountRequestsPage = (await import('@/app/[locale]/account/requests/page')).default;

beforeAll(() => registerFulfilment());

async function signInAs(userId: string | null) {
  requestState.cookies.clear();
  if (userId) requestState.cookies.set(sessionCookieName(false), await createSession(userId));
}

describe('traveller after-sales actions and pages', () => {
  it("reach only the booking the visitor may see; another booking's ids are ignored or not found", async () => {
    const [alice, bob] = await Promise.all([createUser(), createUser()]);
    const mine = await issuedOrder({ transfer: true, userId: alice.id });
    const theirs = await issuedOrder({ transfer: true, userId: bob.id });
    const theirRequest = await createRequest({ orderId: theirs.orderId, subject: 'Theirs', message: 'A question about their trip.' });
    await signInAs(alice.id);

    // Another traveller's booking: a 404 for the page and every action.
    expect((await outcomeOf(() => CancelPage(pageProps({ locale: 'en', reference: theirs.reference }, { item: 'all' }) as never))).outcome).toBe('not-found');
    expect((await outcomeOf(() => requestActions.createRequestAction({}, form({ locale: 'en', reference: theirs.reference, subject: 'Hello', message: 'A question about it.' })))).outcome).toBe('not-found');
    expect(
      (await outcomeOf(() => changeActions.requestChangeAction({}, form({ locale: 'en', reference: theirs.reference, topic: 'TRANSFER_EXTRAS', itemId: theirs.transferItemId!, children: '1' })))).outcome,
    ).toBe('not-found');

    // Their request under my reference: not found, nothing written.
    const reply = await outcomeOf(() => requestActions.addRequestMessageAction({}, form({ locale: 'en', reference: mine.reference, requestId: theirRequest.id, body: 'hi' })));
    expect(reply.outcome).toBe('error:afterSales.errors.NOT_FOUND');
    expect(await db.serviceRequestMessage.count({ where: { requestId: theirRequest.id } })).toBe(1);
    expect((await outcomeOf(() => RequestPage(pageProps({ locale: 'en', reference: mine.reference, id: theirRequest.id }) as never))).outcome).toBe('not-found');

    // A forged orderId field is ignored: the request lands on the booking of the reference.
    const created = await outcomeOf(() =>
      requestActions.createRequestAction({}, form({ locale: 'en', reference: mine.reference, orderId: theirs.orderId, subject: 'Mine', message: 'A question about my own trip.' })),
    );
    expect(created.outcome).toMatch(new RegExp(`^redirect:/en/booking/${mine.reference}/requests/[0-9a-f-]{36}\\?done=1$`));
    expect(await db.serviceRequest.count({ where: { orderId: theirs.orderId } })).toBe(1);
    const [request] = await db.serviceRequest.findMany({ where: { orderId: mine.orderId } });
    expect(request).toMatchObject({ topic: 'OTHER', userId: alice.id });

    // The page of my own request, and my account's list.
    const page = await outcomeOf(() => RequestPage(pageProps({ locale: 'en', reference: mine.reference, id: request!.id }, { done: '1' }) as never));
    expect(page.outcome).toBe('ok');
    expect(textOf(page.value)).toContain(`Request ${request!.reference} was sent.`);
    const list = await outcomeOf(() => AccountRequestsPage(pageProps({ locale: 'en' }) as never));
    expect(textOf(list.value)).toContain(request!.reference);
    expect(textOf(list.value)).not.toContain(theirRequest.reference);

    // A malformed form changes nothing and says which field.
    const invalid = await requestActions.createRequestAction({}, form({ locale: 'en', reference: mine.reference, subject: '', message: '' }));
    expect(invalid).toMatchObject({ error: 'afterSales.errors.INVALID_INPUT', fieldErrors: { subject: 'afterSales.errors.subjectRequired', message: 'afterSales.errors.messageTooShort' } });
    expect(await db.serviceRequest.count({ where: { orderId: mine.orderId } })).toBe(1);
  });

  it('the cancel page shows the quote and its action confirms exactly that quote', async () => {
    const alice = await createUser();
    const mine = await issuedOrder({ transfer: true, userId: alice.id });
    await signInAs(alice.id);
    const page = await outcomeOf(() => CancelPage(pageProps({ locale: 'en', reference: mine.reference }, { item: mine.transferItemId! }) as never));
    expect(page.outcome).toBe('ok');
    const text = textOf(page.value);
    // The quote handed to the quote view (an async component textOf does not render) and the confirm form.
    expect(text).toContain('Show what I get back');
    expect(text).toContain('Agreement 6.2 TRANSFER_FREE_WINDOW');

    const tampered = await cancelActions.confirmCancellationAction({}, form({ locale: 'en', reference: mine.reference, itemId: mine.transferItemId!, quoteHash: 'a'.repeat(32) }));
    expect(tampered.error).toBe('afterSales.errors.QUOTE_CHANGED');
    expect(await db.serviceRequest.count({ where: { orderId: mine.orderId } })).toBe(0);

    await signInAs(null);
    const stranger = await outcomeOf(() => cancelActions.confirmCancellationAction({}, form({ locale: 'en', reference: mine.reference, itemId: mine.transferItemId!, quoteHash: 'a'.repeat(32) })));
    expect(stranger.outcome).toBe('not-found');
  });
});
