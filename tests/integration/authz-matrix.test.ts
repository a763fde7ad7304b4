import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import { configureTestEnv, createOrder, createSession, createUser } from './auth-test-kit';
import { form, outcomeOf, pageProps, requestState, textOf, type Outcome } from './authz-kit';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('./authz-kit')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('./authz-kit')).nextIntlServerMock());

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

beforeAll(async () => {
  people.TRAVELLER = await makePerson('TRAVELLER', 'TRAVELLER');
  people.SUPPORT = await makePerson('SUPPORT', 'SUPPORT');
  people.ADMIN = await makePerson('ADMIN', 'ADMIN');
  people.OTHER = await makePerson('TRAVELLER', 'OTHER');
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
];

const signedOut = 'error:auth.errors.signInRequired' as Outcome;
const hidden = 'error:auth.errors.notFound' as Outcome;

const actionCases: Case[] = [
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
      firstName: ['account.validation.latinLetters'],
      documentExpiry: ['account.validation.documentExpired'],
      nationality: ['account.validation.nationality'],
    });
    expect(await db.savedTraveller.count()).toBe(count);
  });
});
