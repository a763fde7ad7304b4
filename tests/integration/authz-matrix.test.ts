import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import { configureTestEnv, createOrder, createSession, createUser } from './auth-test-kit';
import { form, outcomeOf, pageProps, requestState, textOf, type Outcome } from './authz-kit';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('./authz-kit')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('./authz-kit')).nextIntlServerMock());
// Outside a Next.js request there is no cache to revalidate; the actions' own checks are what is tested.
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

configureTestEnv();

const { sessionCookieName } = await import('@/lib/auth/session-token');
const { createSavedTraveller } = await import('@/lib/account/create-saved-traveller');
const { noRequestContext } = await import('@/lib/auth/request-context');
const AccountPage = (await import('@/app/[locale]/account/page')).default;
const ProfilePage = (await import('@/app/[locale]/account/profile/page')).default;
const TravellersPage = (await import('@/app/[locale]/account/travellers/page')).default;
const NewTravellerPage = (await import('@/app/[locale]/account/travellers/new/page')).default;
const EditTravellerPage = (await import('@/app/[locale]/account/travellers/[id]/page')).default;
const BookingsPage = (await import('@/app/[locale]/account/bookings/page')).default;
const BookingPage = (await import('@/app/[locale]/account/bookings/[reference]/page')).default;
const SupportPage = (await import('@/app/[locale]/support/page')).default;
const StaffPage = (await import('@/app/[locale]/admin/staff/page')).default;
const account = await import('@/app/[locale]/account/actions');
const staff = await import('@/app/[locale]/admin/staff/actions');
// The back office (issue 9): SUPPORT and ADMIN; promo codes and fees: ADMIN only.
const StaffRequestPage = (await import('@/app/[locale]/support/requests/[id]/page')).default;
const StaffOrderPage = (await import('@/app/[locale]/support/orders/[reference]/page')).default;
const ScheduleChangesPage = (await import('@/app/[locale]/support/schedule-changes/page')).default;
const OfficePaymentsPage = (await import('@/app/[locale]/support/office-payments/page')).default;
const DataRequestsPage = (await import('@/app/[locale]/support/data-requests/page')).default;
const PromoCodesPage = (await import('@/app/[locale]/admin/promo-codes/page')).default;
const EditPromoCodePage = (await import('@/app/[locale]/admin/promo-codes/[id]/page')).default;
const FeesPage = (await import('@/app/[locale]/admin/fees/page')).default;
const support = await import('@/app/[locale]/support/actions');
const promoActions = await import('@/app/[locale]/admin/promo-codes/actions');
const feeActions = await import('@/app/[locale]/admin/fees/actions');

type Who = 'ANONYMOUS' | Role;
const everyone: Who[] = ['ANONYMOUS', 'TRAVELLER', 'SUPPORT', 'ADMIN'];

type Person = { id: string; email: string; travellerId: string; travellerName: string; reference: string };
const people = {} as Record<Role | 'OTHER', Person>;

const travellerInput = (lastName: string) => ({
  firstName: 'ANNA',
  lastName,
  dateOfBirth: '1990-05-17',
  gender: 'FEMALE' as const,
  nationality: 'AZ',
  documentNumber: `C${lastName.length}1234567`.slice(0, 9),
  documentExpiry: '2035-01-01',
});

const travellerForm = (extra: Record<string, string> = {}) =>
  form({ locale: 'en', firstName: 'Elmar', lastName: 'Mammadov', dateOfBirth: '1985-02-03', gender: 'MALE', nationality: 'AZ', documentNumber: 'C 0987654', documentExpiry: '2031-06-30', ...extra });

async function makePerson(role: Role, key: string): Promise<Person> {
  const user = await createUser({ email: `${key.toLowerCase()}@example.com`, role, name: `${key} Person` });
  const lastName = `${key}SURNAME`;
  const { id } = await createSavedTraveller({ viewer: { id: user.id, email: user.email, name: null, role }, input: travellerInput(lastName), context: noRequestContext });
  const order = await createOrder({ userId: user.id, contactEmail: user.email, title: `${key} trip to Almaty` });
  return { id: user.id, email: user.email, travellerId: id, travellerName: lastName, reference: order.reference };
}

/** A traveller's booking with an open request, and a promo code, for the back-office rows. */
const backOffice = { requestId: '', orderReference: 'KRV-B7Q3ZM', promoId: '' };

beforeAll(async () => {
  people.TRAVELLER = await makePerson('TRAVELLER', 'TRAVELLER');
  people.SUPPORT = await makePerson('SUPPORT', 'SUPPORT');
  people.ADMIN = await makePerson('ADMIN', 'ADMIN');
  people.OTHER = await makePerson('TRAVELLER', 'OTHER');
  const order = await createOrder({ userId: people.TRAVELLER.id, contactEmail: people.TRAVELLER.email, reference: backOffice.orderReference });
  const request = await db.serviceRequest.create({
    data: { reference: 'SR-B7Q3ZM', orderId: order.id, kind: 'OTHER', topic: 'OTHER', status: 'OPEN', openedBy: 'TRAVELLER', maxRefundMinor: 0, refundCurrency: 'AZN' },
  });
  backOffice.requestId = request.id;
  const promo = await db.promoCode.create({
    data: { code: 'MATRIX-1', discountType: 'PERCENT', percent: '5', kinds: ['HOTEL'], validFrom: new Date('2026-01-01T00:00:00Z'), validUntil: new Date('2027-01-01T00:00:00Z') },
  });
  backOffice.promoId = promo.id;
});

/** Signs in as `who` with a fresh session (actions like "sign out everywhere" end sessions). */
async function visitAs(who: Who) {
  requestState.cookies.clear();
  if (who !== 'ANONYMOUS') requestState.cookies.set(sessionCookieName(false), await createSession(people[who].id));
}

const me = (who: Who) => (who === 'ANONYMOUS' ? people.TRAVELLER : people[who]);
const signIn = (path: string) => `redirect:/en/signin?callbackUrl=${encodeURIComponent(`/en${path}`)}` as Outcome;

type Case = {
  name: string;
  run: (who: Who) => unknown;
  /** expected outcome per visitor */
  expect: (who: Who) => Outcome;
};

const anyUser = (path: string, ok: Outcome = 'ok') => (who: Who) => (who === 'ANONYMOUS' ? signIn(path) : ok);
const onlyRoles = (path: string, roles: Role[]) => (who: Who) => (who === 'ANONYMOUS' ? signIn(path) : roles.includes(who) ? 'ok' : 'not-found');
const notFoundForAll = (path: string) => (who: Who) => (who === 'ANONYMOUS' ? signIn(path) : 'not-found');

const pageCases: Case[] = [
  { name: 'page /account', run: () => AccountPage(pageProps({ locale: 'en' })), expect: anyUser('/account') },
  { name: 'page /account/profile', run: () => ProfilePage(pageProps({ locale: 'en' })), expect: anyUser('/account/profile') },
  { name: 'page /account/travellers', run: () => TravellersPage(pageProps({ locale: 'en' })), expect: anyUser('/account/travellers') },
  { name: 'page /account/travellers/new', run: () => NewTravellerPage(pageProps({ locale: 'en' })), expect: anyUser('/account/travellers/new') },
  {
    name: 'page /account/travellers/[own id]',
    run: (who) => EditTravellerPage(pageProps({ locale: 'en', id: me(who).travellerId })),
    expect: (who) => anyUser(`/account/travellers/${me(who).travellerId}`)(who),
  },
  {
    name: "page /account/travellers/[someone else's id]",
    run: () => EditTravellerPage(pageProps({ locale: 'en', id: people.OTHER.travellerId })),
    expect: notFoundForAll(`/account/travellers/${'OTHER_ID'}`),
  },
  { name: 'page /account/bookings', run: () => BookingsPage(pageProps({ locale: 'en' })), expect: anyUser('/account/bookings') },
  {
    name: 'page /account/bookings/[own reference]',
    run: (who) => BookingPage(pageProps({ locale: 'en', reference: me(who).reference })),
    expect: (who) => anyUser(`/account/bookings/${me(who).reference}`)(who),
  },
  {
    name: "page /account/bookings/[someone else's reference]",
    run: () => BookingPage(pageProps({ locale: 'en', reference: people.OTHER.reference })),
    expect: notFoundForAll(`/account/bookings/${'OTHER_REF'}`),
  },
  { name: 'page /support', run: () => SupportPage(pageProps({ locale: 'en' })), expect: onlyRoles('/support', ['SUPPORT', 'ADMIN']) },
  { name: 'page /admin/staff', run: () => StaffPage(pageProps({ locale: 'en' })), expect: onlyRoles('/admin/staff', ['ADMIN']) },
  {
    name: 'page /support/requests/[id]',
    run: () => StaffRequestPage(pageProps({ locale: 'en', id: backOffice.requestId })),
    expect: (who) => onlyRoles(`/support/requests/${backOffice.requestId}`, ['SUPPORT', 'ADMIN'])(who),
  },
  {
    name: 'page /support/orders/[reference]',
    run: () => StaffOrderPage(pageProps({ locale: 'en', reference: backOffice.orderReference })),
    expect: onlyRoles(`/support/orders/${backOffice.orderReference}`, ['SUPPORT', 'ADMIN']),
  },
  { name: 'page /support/schedule-changes', run: () => ScheduleChangesPage(pageProps({ locale: 'en' })), expect: onlyRoles('/support/schedule-changes', ['SUPPORT', 'ADMIN']) },
  { name: 'page /support/office-payments', run: () => OfficePaymentsPage(pageProps({ locale: 'en' })), expect: onlyRoles('/support/office-payments', ['SUPPORT', 'ADMIN']) },
  { name: 'page /support/data-requests', run: () => DataRequestsPage(pageProps({ locale: 'en' })), expect: onlyRoles('/support/data-requests', ['SUPPORT', 'ADMIN']) },
  { name: 'page /admin/promo-codes', run: () => PromoCodesPage(pageProps({ locale: 'en' })), expect: onlyRoles('/admin/promo-codes', ['ADMIN']) },
  {
    name: 'page /admin/promo-codes/[id]',
    run: () => EditPromoCodePage(pageProps({ locale: 'en', id: backOffice.promoId })),
    expect: (who) => onlyRoles(`/admin/promo-codes/${backOffice.promoId}`, ['ADMIN'])(who),
  },
  { name: 'page /admin/fees', run: () => FeesPage(pageProps({ locale: 'en' })), expect: onlyRoles('/admin/fees', ['ADMIN']) },
];

const signedOut = 'error:auth.errors.signInRequired' as Outcome;
const hidden = 'error:auth.errors.notFound' as Outcome;

/** Past the role check, staff reach the action's own validation or rules; everyone else is turned away. */
const staffOnly = (forStaff: Outcome) => (who: Who) => (who === 'ANONYMOUS' ? signedOut : who === 'SUPPORT' || who === 'ADMIN' ? forStaff : hidden);
const adminOnly = (forAdmin: Outcome) => (who: Who) => (who === 'ANONYMOUS' ? signedOut : who === 'ADMIN' ? forAdmin : hidden);
const promoForm = (code: string) =>
  form({ locale: 'en', code, discountType: 'PERCENT', percent: '10', limitCurrency: 'AZN', kindFLIGHT: 'on', validFrom: '2026-01-01', validUntil: '2026-12-31' });
const feeForm = () => form({ locale: 'en', FLIGHT_type: 'FIXED', FLIGHT_amount: '10', HOTEL_type: 'PERCENT', HOTEL_percent: '3', HOTEL_minimum: '5', TRANSFER_type: 'FIXED', TRANSFER_amount: '5' });

const backOfficeActionCases: Case[] = [
  {
    name: 'action approveRefund (above the maximum)',
    run: () => support.approveRefundAction({}, form({ locale: 'en', requestId: backOffice.requestId, mode: 'PARTIAL', amount: '10', currency: 'AZN' })),
    expect: staffOnly('error:backOffice.errors.ABOVE_MAXIMUM'),
  },
  {
    name: 'action rejectRequest (no reason)',
    run: () => support.rejectRequestAction({}, form({ locale: 'en', requestId: backOffice.requestId, reason: '' })),
    expect: staffOnly('invalid'),
  },
  {
    name: 'action replyToRequest',
    run: () => support.replyToRequestAction({}, form({ locale: 'en', requestId: backOffice.requestId, body: 'We are looking into it.' })),
    expect: (who) => staffOnly(`redirect:/en/support/requests/${backOffice.requestId}?done=messageSent`)(who),
  },
  {
    name: 'action setChangeCharge (not a passenger change)',
    run: () => support.setChangeChargeAction({}, form({ locale: 'en', requestId: backOffice.requestId, amount: '40', currency: 'AZN' })),
    expect: staffOnly('error:backOffice.errors.NOT_A_PASSENGER_CHANGE'),
  },
  {
    name: 'action completeChange (not a change)',
    run: () => support.completeChangeAction({}, form({ locale: 'en', requestId: backOffice.requestId })),
    expect: staffOnly('error:backOffice.errors.NOT_OPEN'),
  },
  {
    name: 'action refuseOrder (unconfirmed)',
    run: () => support.refuseOrderAction({}, form({ locale: 'en', reference: backOffice.orderReference })),
    expect: staffOnly('invalid'),
  },
  {
    name: 'action revealDocument (no reason)',
    run: () => support.revealDocumentAction({}, form({ locale: 'en', passengerId: crypto.randomUUID(), reason: 'x' })),
    expect: staffOnly('invalid'),
  },
  {
    name: 'action recordScheduleChange',
    run: () => support.recordScheduleChangeAction({}, form({ locale: 'en', carrier: 'ZZ', flightNumber: '9', departureDate: '2026-12-01', newDeparture: '2026-12-01T10:00', note: 'Moved by the airline.' })),
    expect: staffOnly('ok'),
  },
  {
    name: 'action markOfficePaymentPaid (malformed id)',
    run: () => support.markOfficePaymentPaidAction({}, form({ locale: 'en', paymentId: 'nope' })),
    expect: staffOnly('invalid'),
  },
  {
    name: 'action createPromoCode',
    run: (who) => promoActions.createPromoCodeAction({}, promoForm(`BY-${who}`)),
    expect: adminOnly('ok'),
  },
  {
    name: 'action updatePromoCode',
    run: () => promoActions.updatePromoCodeAction({}, (() => { const f = promoForm('MATRIX-1'); f.set('id', backOffice.promoId); return f; })()),
    expect: adminOnly('redirect:/en/admin/promo-codes?done=updated'),
  },
  {
    name: 'action setPromoCodeActive',
    run: () => promoActions.setPromoCodeActiveAction({}, form({ locale: 'en', id: backOffice.promoId, active: 'true' })),
    expect: adminOnly('ok'),
  },
  { name: 'action publishFeeSchedule', run: () => feeActions.publishFeeScheduleAction({}, feeForm()), expect: adminOnly('ok') },
];

const actionCases: Case[] = [
  ...backOfficeActionCases,
  {
    name: 'action updateProfile',
    run: () => account.updateProfileAction({}, form({ locale: 'en', name: 'New Name', phone: '+994 50 123 45 67' })),
    expect: (who) => (who === 'ANONYMOUS' ? signedOut : 'ok'),
  },
  {
    name: 'action createTraveller',
    run: () => account.createTravellerAction({}, travellerForm()),
    expect: (who) => (who === 'ANONYMOUS' ? signedOut : 'redirect:/en/account/travellers?done=added'),
  },
  {
    name: 'action updateTraveller (own)',
    run: (who) => account.updateTravellerAction({}, travellerForm({ id: me(who).travellerId, lastName: me(who).travellerName })),
    expect: (who) => (who === 'ANONYMOUS' ? signedOut : 'redirect:/en/account/travellers?done=updated'),
  },
  {
    name: "action updateTraveller (someone else's)",
    run: () => account.updateTravellerAction({}, travellerForm({ id: people.OTHER.travellerId, lastName: 'HIJACKED' })),
    expect: (who) => (who === 'ANONYMOUS' ? signedOut : hidden),
  },
  {
    name: "action deleteTraveller (someone else's)",
    run: () => account.deleteTravellerAction({}, form({ locale: 'en', id: people.OTHER.travellerId })),
    expect: (who) => (who === 'ANONYMOUS' ? signedOut : hidden),
  },
  {
    name: 'action grantStaffRole',
    run: (who) => staff.grantStaffRoleAction({}, form({ locale: 'en', email: `granted-by-${who.toLowerCase()}@example.com`, role: 'SUPPORT' })),
    expect: (who) => (who === 'ANONYMOUS' ? signedOut : who === 'ADMIN' ? 'ok' : hidden),
  },
  {
    name: 'action revokeStaffRole',
    run: () => staff.revokeStaffRoleAction({}, form({ locale: 'en', email: people.SUPPORT.email })),
    // Run as the last row of the matrix for SUPPORT's sake: the expectation only concerns who may.
    expect: (who) => (who === 'ANONYMOUS' ? signedOut : who === 'ADMIN' ? 'ok' : hidden),
  },
  {
    name: 'action deleteTraveller (own)',
    run: async (who) => {
      const owner = me(who);
      const { id } = await createSavedTraveller({
        viewer: { id: owner.id, email: owner.email, name: null, role: 'TRAVELLER' },
        input: travellerInput('TEMPORARY'),
        context: noRequestContext,
      });
      return account.deleteTravellerAction({}, form({ locale: 'en', id }));
    },
    expect: (who) => (who === 'ANONYMOUS' ? signedOut : 'redirect:/en/account/travellers?done=deleted'),
  },
  {
    name: 'action signOutEverywhere',
    run: () => account.signOutEverywhereAction({}, form({ locale: 'en' })),
    expect: (who) => (who === 'ANONYMOUS' ? signedOut : 'redirect:/en'),
  },
];

function normalise(outcome: Outcome): Outcome {
  return outcome
    .replace(encodeURIComponent(people.OTHER?.travellerId ?? '-'), 'OTHER_ID')
    .replace(encodeURIComponent(people.OTHER?.reference ?? '-'), 'OTHER_REF') as Outcome;
}

describe('authorisation matrix: every account and staff page', () => {
  for (const c of pageCases) {
    for (const who of everyone) {
      it(`${c.name} as ${who}`, async () => {
        await visitAs(who);
        const { outcome } = await outcomeOf(() => c.run(who));
        expect(normalise(outcome)).toBe(c.expect(who));
      });
    }
  }
});

describe('authorisation matrix: every account and staff action', () => {
  for (const c of actionCases) {
    for (const who of everyone) {
      it(`${c.name} as ${who}`, async () => {
        if (c.name === 'action revokeStaffRole' && who === 'ADMIN') {
          // Give SUPPORT's role back afterwards so row order does not matter.
          await visitAs(who);
          expect((await outcomeOf(() => c.run(who))).outcome).toBe('ok');
          await db.user.update({ where: { id: people.SUPPORT.id }, data: { role: 'SUPPORT' } });
          return;
        }
        await visitAs(who);
        const { outcome } = await outcomeOf(() => c.run(who));
        expect(outcome).toBe(c.expect(who));
      });
    }
  }
});

describe('the back office changes nothing for those turned away', () => {
  it('travellers’ and anonymous attempts left no trace; SUPPORT changed no promo code or fee schedule', async () => {
    expect(await db.promoCode.count({ where: { code: { in: ['BY-ANONYMOUS', 'BY-TRAVELLER', 'BY-SUPPORT'] } } })).toBe(0);
    expect(await db.promoCode.count({ where: { code: 'BY-ADMIN' } })).toBe(1);
    const audit = await db.auditEvent.findMany({
      where: { OR: [{ action: { startsWith: 'promo_code.' } }, { action: 'fee_schedule.published' }, { action: { startsWith: 'service_request.' } }, { action: 'schedule_change.recorded' }] },
      select: { actorId: true, action: true },
    });
    const allowed = new Set([people.SUPPORT.id, people.ADMIN.id]);
    expect(audit.length).toBeGreaterThan(0);
    for (const event of audit) expect(allowed.has(event.actorId ?? '')).toBe(true);
    for (const event of audit.filter((e) => e.action.startsWith('promo_code.') || e.action === 'fee_schedule.published')) expect(event.actorId).toBe(people.ADMIN.id);
    // Only staff messages, one per staff role that sent one.
    expect(await db.serviceRequestMessage.count({ where: { requestId: backOffice.requestId } })).toBe(2);
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: backOffice.requestId } })).status).toBe('OPEN');
  });

  it('staff get the back office’s own field messages, and nothing changes', async () => {
    await visitAs('SUPPORT');
    const result = await support.rejectRequestAction({}, form({ locale: 'en', requestId: backOffice.requestId, reason: 'no' }));
    expect(result.fieldErrors).toEqual({ reason: 'backOffice.validation.reason' });
    const schedule = await support.recordScheduleChangeAction({}, form({ locale: 'en', carrier: 'J', flightNumber: '', departureDate: '', newDeparture: '', note: '' }));
    expect(schedule.fieldErrors?.carrier).toEqual('backOffice.validation.carrier');
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: backOffice.requestId } })).status).toBe('OPEN');
  });

  it('every back-office lib operation refuses a traveller by itself, whatever the page did', async () => {
    const traveller = { id: people.TRAVELLER.id, email: people.TRAVELLER.email, name: null, role: 'TRAVELLER' as const };
    const supportViewer = { ...traveller, id: people.SUPPORT.id, role: 'SUPPORT' as const };
    const ctx = noRequestContext;
    const { NotFoundError } = await import('@/lib/auth/errors');
    const ops: (() => Promise<unknown>)[] = [
      async () => (await import('@/lib/after-sales/staff/list-queue')).listQueue(traveller),
      async () => (await import('@/lib/after-sales/staff/get-request-for-staff')).getRequestForStaff(traveller, backOffice.requestId, ctx),
      async () => (await import('@/lib/after-sales/staff/get-order-for-staff')).getOrderForStaff(traveller, backOffice.orderReference, ctx),
      async () => (await import('@/lib/after-sales/staff/approve-refund')).approveRefund({ actor: traveller, requestId: backOffice.requestId, amountMinor: 0, context: ctx }),
      async () => (await import('@/lib/after-sales/staff/reject-request')).rejectRequest({ actor: traveller, requestId: backOffice.requestId, reason: 'no reason at all', context: ctx }),
      async () => (await import('@/lib/after-sales/staff/reply-to-request')).replyToRequest({ actor: traveller, requestId: backOffice.requestId, body: 'hello', context: ctx }),
      async () => (await import('@/lib/after-sales/staff/set-change-charge')).setChangeCharge({ actor: traveller, requestId: backOffice.requestId, airlineCharge: { amount: 100, currency: 'AZN' }, context: ctx }),
      async () => (await import('@/lib/after-sales/staff/complete-change')).completeChange({ actor: traveller, requestId: backOffice.requestId, context: ctx }),
      async () => (await import('@/lib/after-sales/staff/refuse-order')).refuseOrder({ actor: traveller, reference: backOffice.orderReference, context: ctx }),
      async () => (await import('@/lib/after-sales/staff/record-schedule-change')).recordScheduleChange({ actor: traveller, input: {}, context: ctx }),
      async () => (await import('@/lib/after-sales/staff/list-schedule-changes')).listScheduleChanges(traveller),
      async () => (await import('@/lib/after-sales/staff/list-office-payments')).listOfficePayments(traveller),
      async () => (await import('@/lib/after-sales/staff/mark-office-payment-paid')).markOfficePaymentPaid({ actor: traveller, paymentId: crypto.randomUUID() }),
      async () => (await import('@/lib/after-sales/admin/promo-codes')).listPromoCodes(supportViewer),
      async () => (await import('@/lib/after-sales/admin/promo-codes')).setPromoCodeActive({ actor: supportViewer, id: backOffice.promoId, active: false, context: ctx }),
      async () => (await import('@/lib/after-sales/admin/fee-schedules')).listFeeSchedules(supportViewer),
      async () => (await import('@/lib/after-sales/admin/fee-schedules')).publishFeeSchedule({ actor: supportViewer, input: {}, context: ctx }),
    ];
    for (const op of ops) await expect(op()).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: backOffice.requestId } })).status).toBe('OPEN');
  });
});

describe('one user asking for another user’s data gets 404 with nothing leaked', () => {
  it('lists show only the viewer’s own co-travellers and bookings', async () => {
    await visitAs('TRAVELLER');
    const travellers = textOf((await outcomeOf(() => TravellersPage(pageProps({ locale: 'en' })))).value);
    const bookings = textOf((await outcomeOf(() => BookingsPage(pageProps({ locale: 'en' })))).value);
    expect(travellers).toContain(people.TRAVELLER.travellerName);
    expect(bookings).toContain(people.TRAVELLER.reference);
    for (const other of [people.OTHER, people.SUPPORT, people.ADMIN]) {
      expect(travellers).not.toContain(other.travellerName);
      expect(bookings).not.toContain(other.reference);
      expect(bookings).not.toContain(other.email);
    }
  });

  it('the owner’s detail pages render their data; the same URLs for another user are a plain 404', async () => {
    await visitAs('TRAVELLER');
    const own = textOf((await outcomeOf(() => BookingPage(pageProps({ locale: 'en', reference: people.TRAVELLER.reference })))).value);
    expect(own).toContain(people.TRAVELLER.reference);
    expect(own).toContain('TRAVELLER trip to Almaty');
    const mine = textOf((await outcomeOf(() => EditTravellerPage(pageProps({ locale: 'en', id: people.TRAVELLER.travellerId })))).value);
    expect(mine).toContain(people.TRAVELLER.travellerName);

    // Someone else's record and a record that never existed answer identically.
    const foreign = await outcomeOf(() => BookingPage(pageProps({ locale: 'en', reference: people.OTHER.reference })));
    const missing = await outcomeOf(() => BookingPage(pageProps({ locale: 'en', reference: 'KRV-NOPE00' })));
    expect(foreign).toEqual({ outcome: 'not-found' });
    expect(missing).toEqual({ outcome: 'not-found' });
    const foreignTraveller = await outcomeOf(() => EditTravellerPage(pageProps({ locale: 'en', id: people.OTHER.travellerId })));
    const missingTraveller = await outcomeOf(() => EditTravellerPage(pageProps({ locale: 'en', id: crypto.randomUUID() })));
    expect(foreignTraveller).toEqual({ outcome: 'not-found' });
    expect(missingTraveller).toEqual({ outcome: 'not-found' });
  });

  it('actions on another user’s co-traveller change nothing and answer like a missing record', async () => {
    const before = await db.savedTraveller.findUniqueOrThrow({ where: { id: people.OTHER.travellerId } });
    await visitAs('ADMIN');
    const update = await account.updateTravellerAction({}, travellerForm({ id: people.OTHER.travellerId }));
    const remove = await account.deleteTravellerAction({}, form({ locale: 'en', id: people.OTHER.travellerId }));
    const missing = await account.deleteTravellerAction({}, form({ locale: 'en', id: crypto.randomUUID() }));
    expect(update.error).toBe('auth.errors.notFound');
    expect(remove.error).toBe(missing.error);
    // The answer carries nothing of the record (only what the visitor typed comes back).
    expect(JSON.stringify(update)).not.toContain(people.OTHER.travellerName);
    expect(await db.savedTraveller.findUniqueOrThrow({ where: { id: people.OTHER.travellerId } })).toEqual(before);
  });

  it('a staff role does not open other travellers’ account data', async () => {
    await visitAs('SUPPORT');
    expect((await outcomeOf(() => BookingPage(pageProps({ locale: 'en', reference: people.OTHER.reference })))).outcome).toBe('not-found');
    await visitAs('ADMIN');
    expect((await outcomeOf(() => EditTravellerPage(pageProps({ locale: 'en', id: people.OTHER.travellerId })))).outcome).toBe('not-found');
  });

  it('malformed input is refused with field errors before anything changes', async () => {
    await visitAs('TRAVELLER');
    const count = await db.savedTraveller.count();
    const result = await account.createTravellerAction({}, travellerForm({ firstName: 'Əli', documentExpiry: '2001-01-01', nationality: 'XX' }));
    expect(result.fieldErrors).toEqual({
      firstName: 'account.validation.latinLetters',
      documentExpiry: 'account.validation.documentExpired',
      nationality: 'account.validation.nationality',
    });
    expect(await db.savedTraveller.count()).toBe(count);
  });
});
