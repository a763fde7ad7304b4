import { randomBytes, randomInt } from 'node:crypto';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { addFlight, addHotel, addTransfer, fillContactAndConsents, fillLeads, fillPassenger, payWithCard, referenceOnConfirmation, type Traveller } from './booking-helpers';
import { signInAs, uniqueEmail } from './privacy-helpers';

/**
 * Playwright fixtures of the end-to-end tests: every test makes the people, trips and orders it
 * needs, unique to itself (a retry included), so tests run in parallel workers against one server
 * and never read another test's leftovers. Import `test` and `expect` from here instead of
 * '@playwright/test':
 *
 *   test('…', async ({ page, traveller, users, trip, orders }) => {
 *     const staff = await users.signIn(context, 'SUPPORT');      // a fresh staff account, signed in
 *     await trip.flight({ daysAhead: 12 });                       // into this browser's trip
 *     const { reference } = await orders.paid({ flight: 14, transfer: 9 });
 *   });
 *
 * Accounts and sessions are written straight into the e2e server's database from the test process
 * (tests/e2e/privacy-helpers.ts, with the URL of .data/e2e): a test-only path, nothing in the app
 * lets anyone in without the emailed link. Trips and orders go through the real pages.
 */

export type Role = 'TRAVELLER' | 'SUPPORT' | 'ADMIN';
export type Account = { id: string; email: string };
export type Users = {
  /** A fresh account (unique email) with a session whose cookie goes into `context`. */
  signIn(context: BrowserContext, role?: Role, prefix?: string): Promise<Account>;
};
export type TripItems = {
  /** A direct Baku → Istanbul flight `daysAhead` days ahead; `refundable` keeps refundable fares only. */
  flight(options: { daysAhead: number; refundable?: boolean }): Promise<void>;
  hotel(options?: { checkInDaysAhead?: number; nights?: number }): Promise<void>;
  transfer(options?: { daysAhead?: number }): Promise<void>;
};
export type PaidOrder = { reference: string; traveller: Traveller; email: string };
export type Orders = {
  /** Puts the items into this page's trip, checks out as `traveller` with `email` and pays with the 4242 card. */
  paid(items: { flight?: number; refundableFlight?: boolean; hotel?: { checkInDaysAhead: number; nights: number }; transfer?: number }): Promise<PaidOrder>;
};

type Fixtures = {
  /** `prefix-xxxxxxxx@example.test`, different in every test and every retry. */
  email: string;
  /** A passenger nobody else books: Latin-letter surname and document number of its own (Agreement 8.1 never matches another test). */
  traveller: Traveller;
  users: Users;
  trip: TripItems;
  orders: Orders;
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Letters only, as passport names must be. */
function uniqueLetters(length: number): string {
  return Array.from(randomBytes(length), (byte) => LETTERS[byte % LETTERS.length]).join('');
}

export function uniqueTraveller(firstName = 'Aylin'): Traveller {
  const tail = uniqueLetters(8);
  return {
    firstName,
    lastName: `T${tail}`,
    document: `${tail.slice(0, 2).toUpperCase()}${String(randomInt(10_000_000, 100_000_000))}`,
    dateOfBirth: '1990-04-12',
  };
}

function tripOf(page: Page): TripItems {
  return {
    flight: ({ daysAhead, refundable }) => addFlight(page, daysAhead, refundable ? { refundable: true } : undefined),
    hotel: ({ checkInDaysAhead, nights } = {}) => addHotel(page, checkInDaysAhead, nights),
    transfer: ({ daysAhead } = {}) => addTransfer(page, daysAhead),
  };
}

// Playwright's fixture callback is named `provide` here, not `use`: React's lint rules would take `use` for the hook.
export const test = base.extend<Fixtures>({
  email: async ({}, provide) => provide(uniqueEmail('e2e')),
  traveller: async ({}, provide) => provide(uniqueTraveller()),
  users: async ({ baseURL }, provide) =>
    provide({
      async signIn(context, role = 'TRAVELLER', prefix = role.toLowerCase()) {
        const email = uniqueEmail(prefix);
        const id = await signInAs(context, baseURL!, email, role);
        return { id, email };
      },
    }),
  trip: async ({ page }, provide) => provide(tripOf(page)),
  orders: async ({ page, traveller, email }, provide) =>
    provide({
      async paid({ flight, refundableFlight, hotel, transfer }) {
        const trip = tripOf(page);
        if (flight !== undefined) await trip.flight({ daysAhead: flight, refundable: refundableFlight });
        if (hotel) await trip.hotel(hotel);
        if (transfer !== undefined) await trip.transfer({ daysAhead: transfer });
        await page.goto('/en/checkout');
        if (flight !== undefined) await fillPassenger(page, traveller);
        await fillLeads(page, traveller);
        await fillContactAndConsents(page, email);
        await payWithCard(page, '4242424242424242');
        return { reference: await referenceOnConfirmation(page), traveller, email };
      },
    }),
});

export { expect } from '@playwright/test';
