/**
 * Issue 7, manage booking: /booking finds an order by reference + surname on the real database. It is
 * rate limited per client IP and per reference, a miss says nothing about the reference, and the
 * signed `karvan_booking` cookie opens only the order that was found, for 24 hours.
 */
import { describe, expect, it, vi } from 'vitest';
import { checkoutInput, configureBookingTestEnv, createFlight, createHotel, createTrip, TEST_AGREEMENT_VERSION } from '../support/booking-factories';
import { form, outcomeOf, pageProps, requestState, textOf } from './authz-kit';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('./authz-kit')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('./authz-kit')).nextIntlServerMock());

configureBookingTestEnv();

const { db } = await import('@/lib/db/client');
const { placeOrder } = await import('@/lib/booking/place-order');
const { findBooking, bookingLookupLimits, normaliseSurname } = await import('@/lib/booking/find-booking');
const { BOOKING_COOKIE, grantBookingAccess, readBookingCookie, encodeBookingCookie } = await import('@/lib/booking/booking-lookup-cookie');
const { resolveBookingAccess } = await import('@/lib/auth/booking-access');
const { sessionCookieName } = await import('@/lib/auth/session-token');
const { lookUpBookingAction } = await import('@/app/[locale]/booking/actions');
const BookingPage = (await import('@/app/[locale]/booking/[reference]/page')).default;
const AccountBookingPage = (await import('@/app/[locale]/account/bookings/[reference]/page')).default;
const { createSession, createUser } = await import('./auth-test-kit');
const receiptRoute = await import('@/app/api/booking/[reference]/receipt/route');

const calendarRoute = await import('@/app/api/booking/[reference]/calendar/route');
const { confirmationLinkToken } = await import('@/lib/booking/confirmation-link');
const getCalendar = (reference: string, token?: string) =>
  calendarRoute.GET(new Request(`http://localhost:3000/api/booking/${reference}/calendar?locale=en${token ? `&t=${encodeURIComponent(token)}` : ''}`), {
    params: Promise.resolve({ reference }),
  } as never);
const getReceiptWithLink = (reference: string, token: string) =>
  receiptRoute.GET(new Request(`http://localhost:3000/api/booking/${reference}/receipt?locale=en&t=${encodeURIComponent(token)}`), { params: Promise.resolve({ reference }) } as never);

const getReceipt = (reference: string) =>
  receiptRoute.GET(new Request(`http://localhost:3000/api/booking/${reference}/receipt?locale=ru`), { params: Promise.resolve({ reference }) } as never);

let ipCounter = 0;
/** A fresh client for each scenario, so the per-IP limit of one test does not leak into another. */
const client = () => ({ ip: `198.51.100.${++ipCounter}`, userAgent: 'vitest' });

/** A paid-looking order with a flight passenger called ALIYEVA and a hotel lead guest TESTOVA. */
async function placeBooking() {
  const flight = await createFlight();
  const hotel = await createHotel();
  const trip = await createTrip([
    { kind: 'FLIGHT', offerId: flight.offerId(1) },
    { kind: 'HOTEL', offerId: hotel.offerId(1, 1) },
  ]);
  const input = await checkoutInput(trip);
  const items = input.items as { kind: string; passengers?: { lastName: string }[] }[];
  items.find((i) => i.kind === 'FLIGHT')!.passengers![0]!.lastName = 'Aliyeva';
  const placed = await placeOrder({ owner: trip.owner, input, locale: 'en', agreementVersion: TEST_AGREEMENT_VERSION });
  return { orderId: placed.orderId, reference: placed.reference };
}

async function rateLimitRows() {
  return db.rateLimitHit.count({ where: { bucket: { startsWith: 'booking-lookup:' } } });
}

describe('finding a booking by reference and surname', () => {
  it('finds it with any traveller’s surname, in any case, with or without diacritics, and audits it without personal values', async () => {
    const { orderId, reference } = await placeBooking();
    const surnames = ['Aliyeva', 'ALIYEVA', ' aliyeva ', 'Əliyeva', 'ALİYEVA', 'Áliyeva', 'testova'];
    for (const [i, surname] of surnames.entries()) {
      // successes count against the per-reference limit too: space them past its window
      const now = new Date(Date.now() + i * (bookingLookupLimits.perReference.windowMs / 4));
      const result = await findBooking({ reference: ` ${reference.toLowerCase()} `, surname, context: client(), now });
      expect(result, surname).toEqual({ outcome: 'found', orderId, reference });
    }
    const audits = await db.auditEvent.findMany({ where: { action: 'booking.looked_up', subjectId: orderId } });
    expect(audits).toHaveLength(7);
    const stored = JSON.stringify(audits.map((a) => a.data));
    expect(stored).not.toMatch(/aliyeva|testova/i);
    expect(stored).not.toContain(reference);
  });

  it('folds letters the way travellers type them', () => {
    expect(normaliseSurname("Əliyeva-O'Neil")).toBe('ALIYEVAONEIL');
    expect(normaliseSurname('Işıklı Şahin')).toBe('ISIKLISAHIN');
    expect(normaliseSurname('Müller')).toBe('MULLER');
  });

  it('answers a wrong surname, an unknown reference and a malformed one identically, with the same rate-limit work', async () => {
    const { reference } = await placeBooking();
    const attempts = [
      { reference, surname: 'Mammadov' },
      { reference: 'KRV-ZZZZZZ', surname: 'Aliyeva' },
      { reference: 'not a reference', surname: 'Aliyeva' },
      { reference: "KRV-1' OR 1=1 --", surname: 'Aliyeva' },
    ];
    const outcomes = [];
    for (const attempt of attempts) {
      const before = await rateLimitRows();
      outcomes.push(await findBooking({ ...attempt, context: client() }));
      // one hit per IP and one per reference, whatever the reference is
      expect((await rateLimitRows()) - before).toBe(2);
    }
    expect(outcomes).toEqual(attempts.map(() => ({ outcome: 'not-found' })));

    // Through the form: the same message and shape; only what was typed is echoed back.
    const states = [];
    for (const attempt of attempts) {
      requestState.headers.set('x-forwarded-for', client().ip);
      const state = await lookUpBookingAction({}, form({ locale: 'en', ...attempt }));
      states.push({ ...state, values: undefined });
    }
    const notFound = 'We could not find a booking with this reference and surname. Please check both and try again.';
    expect(states).toEqual(attempts.map(() => ({ error: 'booking.lookup.notFound', errorText: notFound, values: undefined })));
  });

  it('rejects an empty form field by field, before any look-up or rate-limit write', async () => {
    const before = await rateLimitRows();
    const state = await lookUpBookingAction({}, form({ locale: 'en', reference: '  ', surname: '' }));
    expect(state.fieldErrors).toEqual({ reference: 'booking.lookup.validation.referenceRequired', surname: 'booking.lookup.validation.surnameRequired' });
    expect(await rateLimitRows()).toBe(before);
  });
});

describe('rate limits', () => {
  it('stops a client IP after 10 look-ups in 15 minutes, even with the right surname', async () => {
    const { reference } = await placeBooking();
    const ip = client();
    const now = new Date();
    for (let i = 0; i < bookingLookupLimits.perIp.limit; i++) {
      expect((await findBooking({ reference: `KRV-ZZZZ${'ABCDEFGHJK'[i]}${'ABCDEFGHJK'[i]}`, surname: 'Nobody', context: ip, now })).outcome).toBe('not-found');
    }
    const blocked = await findBooking({ reference, surname: 'Aliyeva', context: ip, now });
    expect(blocked.outcome).toBe('rate-limited');
    // Another client is not affected, and the same client may try again after the window.
    expect((await findBooking({ reference, surname: 'Aliyeva', context: client(), now })).outcome).toBe('found');
    const later = new Date(now.getTime() + bookingLookupLimits.perIp.windowMs + 1000);
    expect((await findBooking({ reference, surname: 'Aliyeva', context: ip, now: later })).outcome).toBe('found');
  });

  it('stops guessing surnames of one reference after 5 attempts, from however many IPs', async () => {
    const target = await placeBooking();
    const other = await placeBooking();
    const now = new Date();
    for (let i = 0; i < bookingLookupLimits.perReference.limit; i++) {
      expect((await findBooking({ reference: target.reference, surname: `Guess${i}`, context: client(), now })).outcome).toBe('not-found');
    }
    expect((await findBooking({ reference: target.reference, surname: 'Aliyeva', context: client(), now })).outcome).toBe('rate-limited');
    // The same message whether or not the reference exists: an unknown one is limited the same way.
    for (let i = 0; i < bookingLookupLimits.perReference.limit; i++) await findBooking({ reference: 'KRV-YYYYYY', surname: `Guess${i}`, context: client(), now });
    expect((await findBooking({ reference: 'KRV-YYYYYY', surname: 'Aliyeva', context: client(), now })).outcome).toBe('rate-limited');
    // Other references are not affected.
    expect((await findBooking({ reference: other.reference, surname: 'Aliyeva', context: client(), now })).outcome).toBe('found');
  });

  it('tells the form when it is limited', async () => {
    const { reference } = await placeBooking();
    requestState.headers.set('x-forwarded-for', client().ip);
    for (let i = 0; i < bookingLookupLimits.perReference.limit; i++) await lookUpBookingAction({}, form({ locale: 'en', reference, surname: `Guess${i}` }));
    const state = await lookUpBookingAction({}, form({ locale: 'en', reference, surname: 'Aliyeva' }));
    expect(state.error).toBe('booking.lookup.rateLimited');
  });
});

describe('the look-up cookie', () => {
  it('a successful look-up sets the cookie and redirects to the booking, which then opens; nothing else does', async () => {
    const { orderId, reference } = await placeBooking();
    const other = await placeBooking();
    requestState.cookies.clear();
    requestState.headers.set('x-forwarded-for', client().ip);
    const { outcome } = await outcomeOf(() => lookUpBookingAction({}, form({ locale: 'en', reference: reference.toLowerCase(), surname: 'aliyeva' })));
    expect(outcome).toBe(`redirect:/en/booking/${reference}`);
    const cookie = requestState.cookies.get(BOOKING_COOKIE);
    expect(cookie).toBeDefined();
    expect(cookie).not.toContain(reference);
    expect(readBookingCookie(cookie).map((g) => g.orderId)).toEqual([orderId]);

    const page = await outcomeOf(() => BookingPage(pageProps({ locale: 'en', reference })));
    expect(page.outcome).toBe('ok');
    const text = textOf(page.value);
    expect(text).toContain(reference);
    expect(text).toContain('ALIYEVA');
    expect(text).not.toContain('traveller@example.com');
    // The cookie names one order: the other one is a plain 404.
    expect((await outcomeOf(() => BookingPage(pageProps({ locale: 'en', reference: other.reference })))).outcome).toBe('not-found');
    // Without the cookie, the booking is a 404 too.
    requestState.cookies.clear();
    expect((await outcomeOf(() => BookingPage(pageProps({ locale: 'en', reference })))).outcome).toBe('not-found');
  });

  it('grants access only to the looked-up order, and not when tampered with or expired', async () => {
    const a = await placeBooking();
    const b = await placeBooking();
    const now = new Date();
    const { value } = grantBookingAccess(null, a.orderId, now);
    const access = (reference: string, cookie: string | null, at = now) => resolveBookingAccess({ reference, viewer: null, lookupCookie: cookie, now: at });

    expect(await access(a.reference, value)).toMatchObject({ orderId: a.orderId, reference: a.reference, via: 'lookup' });
    expect(await access(b.reference, value)).toBeNull();

    // Tampered: the payload rewritten to name order b under a's signature, or the signature changed.
    const [payload, signature] = value.split('.') as [string, string];
    const forged = Buffer.from(Buffer.from(payload, 'base64url').toString('utf8').replace(a.orderId, b.orderId)).toString('base64url');
    expect(await access(b.reference, `${forged}.${signature}`)).toBeNull();
    expect(await access(a.reference, `${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`)).toBeNull();
    expect(await access(a.reference, `${payload}`)).toBeNull();
    expect(await access(a.reference, 'garbage')).toBeNull();

    // Expired after 24 hours.
    const dayLater = new Date(now.getTime() + 24 * 3_600_000 + 1000);
    expect(await access(a.reference, value, new Date(now.getTime() + 23 * 3_600_000))).not.toBeNull();
    expect(await access(a.reference, value, dayLater)).toBeNull();
    // A cookie signed with another expiry value cannot be stretched by editing it.
    const stretched = Buffer.from(Buffer.from(payload, 'base64url').toString('utf8').replace(/~(\d+)/, (_, s: string) => `~${Number(s) + 86_400}`)).toString('base64url');
    expect(await access(a.reference, `${stretched}.${signature}`, dayLater)).toBeNull();
  });

  it('keeps the newest ten look-ups, each with its own expiry', () => {
    const now = new Date();
    const ids = Array.from({ length: 12 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    let value: string | null = null;
    ids.forEach((id, i) => {
      value = grantBookingAccess(value, id, new Date(now.getTime() + i * 60_000)).value;
    });
    const grants = readBookingCookie(value, new Date(now.getTime() + 12 * 60_000));
    expect(grants.map((g) => g.orderId)).toEqual(ids.slice(2).reverse());
    // The first kept grant expires 24 h after its own look-up, not after the last one.
    expect(grants.at(-1)!.expiresAt.getTime()).toBe(Math.floor((now.getTime() + 2 * 60_000 + 86_400_000) / 1000) * 1000);
    expect(readBookingCookie(encodeBookingCookie([{ orderId: 'not-a-uuid', expiresAt: new Date(now.getTime() + 60_000) }]), now)).toEqual([]);
  });
});

describe('the account', () => {
  it('the owner sees the booking through the account; another user, staff and a look-up cookie for another order do not', async () => {
    const { orderId, reference } = await placeBooking();
    const owner = await createUser({ email: 'owner-lookup@example.com' });
    const stranger = await createUser({ email: 'stranger-lookup@example.com' });
    const support = await createUser({ email: 'support-lookup@example.com', role: 'SUPPORT' });
    await db.order.update({ where: { id: orderId }, data: { userId: owner.id } });
    const viewer = (u: { id: string; email: string; role: 'TRAVELLER' | 'SUPPORT' | 'ADMIN' }) => ({ id: u.id, email: u.email, name: null, role: u.role });

    expect(await resolveBookingAccess({ reference, viewer: viewer(owner), lookupCookie: null })).toMatchObject({ orderId, via: 'account' });
    expect(await resolveBookingAccess({ reference, viewer: viewer(stranger), lookupCookie: null })).toBeNull();
    expect(await resolveBookingAccess({ reference, viewer: viewer(support), lookupCookie: null })).toBeNull();

    // Through the account page: the owner's booking renders, another user's is a plain 404, even
    // when that user's browser holds a look-up cookie for it (the account shows only their orders).
    requestState.cookies.clear();
    requestState.cookies.set(sessionCookieName(false), await createSession(owner.id));
    const own = await outcomeOf(() => AccountBookingPage(pageProps({ locale: 'en', reference })));
    expect(own.outcome).toBe('ok');
    expect(textOf(own.value)).toContain(reference);

    requestState.cookies.clear();
    requestState.cookies.set(sessionCookieName(false), await createSession(stranger.id));
    requestState.cookies.set(BOOKING_COOKIE, grantBookingAccess(null, orderId).value);
    expect((await outcomeOf(() => AccountBookingPage(pageProps({ locale: 'en', reference })))).outcome).toBe('not-found');
    requestState.cookies.delete(BOOKING_COOKIE);
    expect((await outcomeOf(() => BookingPage(pageProps({ locale: 'en', reference })))).outcome).toBe('not-found');
    requestState.cookies.clear();
  });
});

describe('the receipt PDF', () => {
  it('downloads for the browser that looked the order up, once it is paid, and for nobody else', async () => {
    const { orderId, reference } = await placeBooking();
    const other = await placeBooking();
    requestState.cookies.clear();
    requestState.cookies.set(BOOKING_COOKIE, grantBookingAccess(null, orderId).value);
    // Not paid yet: no receipt.
    expect((await getReceipt(reference)).status).toBe(404);
    await db.order.updateMany({ where: { id: { in: [orderId, other.orderId] } }, data: { status: 'ISSUED' } });

    const response = await getReceipt(reference.toLowerCase());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`${reference}.pdf`);
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    expect((await getReceipt(other.reference)).status).toBe(404);
    requestState.cookies.clear();
    expect((await getReceipt(reference)).status).toBe(404);
  });
});

describe('the calendar file and the confirmation page’s downloads (issue 20, point 4)', () => {
  it('downloads the .ics for the booking cookie or the signed confirmation link of that order, once paid, and for nobody else', async () => {
    const { orderId, reference } = await placeBooking();
    const other = await placeBooking();
    requestState.cookies.clear();
    const token = confirmationLinkToken(orderId);
    expect((await getCalendar(reference, token)).status).toBe(404);
    await db.order.updateMany({ where: { id: { in: [orderId, other.orderId] } }, data: { status: 'ISSUED' } });

    const response = await getCalendar(reference, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`${reference}.ics`);
    const ics = await response.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThanOrEqual(2);

    const pdf = await getReceiptWithLink(reference, token);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    // One order's link opens nothing else; no proof at all, nothing.
    expect((await getCalendar(other.reference, token)).status).toBe(404);
    expect((await getReceiptWithLink(other.reference, token)).status).toBe(404);
    expect((await getCalendar(reference)).status).toBe(404);
    expect((await getCalendar(reference, `${token}x`)).status).toBe(404);

    requestState.cookies.set(BOOKING_COOKIE, grantBookingAccess(null, orderId).value);
    expect((await getCalendar(reference)).status).toBe(200);
  });
});
