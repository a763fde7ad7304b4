import { context, createUser, lastMailTo, linkIn } from './privacy-helpers';
import { seedSmallCatalog } from './catalog-helpers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { GET as stopGet } from '@/app/api/alerts/stop/route';
import { db } from '@/lib/db/client';
import { addDays, localDateOf } from '@/lib/inventory/catalog';
import { catalogSuppliers } from '@/lib/inventory/suppliers';
import type { Suppliers } from '@/lib/inventory/supplier';
import { MAX_SAVED_SEARCHES, TooManySavedSearchesError } from '@/lib/alerts/errors';
import { stopSavedSearch } from '@/lib/alerts/manage-searches';
import { priceAlertMail } from '@/lib/alerts/price-alert-mail';
import { runPriceAlerts } from '@/lib/alerts/run-price-alerts';
import { saveSearch } from '@/lib/alerts/save-search';
import { registerMailTemplates } from '@/lib/mail/outbox/template-registry';
import { sendDueOutboxMessages } from '@/lib/mail/outbox/send-outbox';
import { collectPersonalData } from '@/lib/privacy/collect-personal-data';
import { eraseAccount } from '@/lib/privacy/erase-account';

// Times inside one UTC day (a real day ahead of the travel dates), so "the same day" never straddles midnight.
const today = localDateOf(new Date());
const day0 = new Date(`${today}T01:00:00Z`);
const hours = (h: number) => new Date(day0.getTime() + h * 3_600_000);
const travelDate = addDays(today, 3);
let route: { from: string; to: string };

beforeAll(async () => {
  registerMailTemplates([priceAlertMail]);
  await seedSmallCatalog();
  const [row] = await db.$queryRawUnsafe<{ origin: string; destination: string }[]>(
    `SELECT origin::text AS origin, destination::text AS destination FROM flight_segments WHERE departure_date = $1::date ORDER BY id LIMIT 1`,
    travelDate,
  );
  route = { from: row!.origin.trim(), to: row!.destination.trim() };
});

beforeEach(async () => {
  await db.savedSearch.deleteMany({});
  await db.outboxMessage.deleteMany({ where: { template: 'price-alert' } });
});

const flightQuery = (extra: Record<string, string> = {}) => new URLSearchParams({ from: route.from, to: route.to, depart: travelDate, adults: '1', ...extra }).toString();

/** Every fare of the travel dates times `factor` (the catalog's price change, as a supplier update would make it). */
async function scaleFares(factor: number) {
  await db.$executeRawUnsafe(
    `UPDATE fares f SET base_minor = round(f.base_minor * $1::numeric), tax_minor = round(f.tax_minor * $1::numeric)
       FROM flight_segments s WHERE f.segment_id = s.id AND s.departure_date BETWEEN $2::date AND $3::date`,
    factor,
    travelDate,
    addDays(travelDate, 1),
  );
}

async function saveFor(user: { id: string; email: string; name: string | null; role: 'TRAVELLER' | 'SUPPORT' | 'ADMIN' }, query = flightQuery(), ceiling = '') {
  return saveSearch({ kind: 'FLIGHT', query, ceiling, currency: 'AZN', locale: 'en' }, user, context, day0);
}

const alertMails = () => db.outboxMessage.count({ where: { template: 'price-alert' } });

describe('price alerts', () => {
  it('a drop alerts once; a second run the same day sends nothing; the mail has the price, the results link and the stop link', async () => {
    const user = await createUser();
    const { id } = await saveFor(user);
    expect(await runPriceAlerts({ now: hours(0) })).toMatchObject({ searchesChecked: 1, alertsQueued: 0 });
    const baseline = await db.savedSearch.findUniqueOrThrow({ where: { id } });
    expect(baseline.lowestComparableMinor).toBeGreaterThan(0);

    await scaleFares(0.5);
    try {
      expect((await runPriceAlerts({ now: hours(1) })).alertsQueued).toBe(1);
      expect(await alertMails()).toBe(1);
      await scaleFares(0.5);
      // Cheaper still, same day: nothing more.
      expect((await runPriceAlerts({ now: hours(2) })).alertsQueued).toBe(0);
      expect(await alertMails()).toBe(1);
    } finally {
      await scaleFares(4);
    }
    const after = await db.savedSearch.findUniqueOrThrow({ where: { id }, include: { alerts: true } });
    expect(after.alerts).toHaveLength(1);
    expect(after.alerts[0]!.reason).toBe('DROP');
    expect(after.lowestComparableMinor).toBeLessThan(baseline.lowestComparableMinor! * 0.5);

    expect((await sendDueOutboxMessages()).sent).toBe(1);
    const mail = await lastMailTo(user.email);
    expect(mail?.subject).toMatch(/Price alert/);
    expect(linkIn(mail!.text, '/en/flights?')).toContain(`depart=${travelDate}`);
    expect(linkIn(mail!.text, '/api/alerts/stop?token=')).toBeTruthy();
  });

  it('a rise sends nothing', async () => {
    const user = await createUser();
    await saveFor(user);
    await runPriceAlerts({ now: hours(0) });
    await scaleFares(2);
    try {
      expect((await runPriceAlerts({ now: hours(1) })).alertsQueued).toBe(0);
    } finally {
      await scaleFares(0.5);
    }
    expect(await alertMails()).toBe(0);
  });

  it('a price under the ceiling alerts, once for that price', async () => {
    const user = await createUser();
    const { id } = await saveFor(user, flightQuery(), '100000');
    expect((await runPriceAlerts({ now: hours(0) })).alertsQueued).toBe(1);
    expect((await db.priceAlert.findFirstOrThrow({ where: { savedSearchId: id } })).reason).toBe('CEILING');
    // The next day at the same price: no news.
    expect((await runPriceAlerts({ now: hours(25) })).alertsQueued).toBe(0);
    const other = await createUser();
    await saveFor(other, flightQuery(), '1');
    expect((await runPriceAlerts({ now: hours(26) })).alertsQueued).toBe(0);
  });

  it('identical searches of several travellers are priced once, distinct ones in one batch call', async () => {
    const users = await Promise.all([createUser(), createUser(), createUser()]);
    for (const u of users) await saveFor(u);
    await saveFor(users[0]!, flightQuery({ adults: '2' }));
    const real = catalogSuppliers();
    let searches = 0;
    const batches: number[] = [];
    const counting: Pick<Suppliers, 'flights' | 'hotels'> = {
      flights: {
        ...real.flights,
        search: (c, at) => (searches++, real.flights.search(c, at)),
        lowestTotals: (c, at) => (batches.push(c.length), real.flights.lowestTotals!(c, at)),
      },
      hotels: real.hotels,
    };
    expect(await runPriceAlerts({ now: hours(0), suppliers: counting })).toMatchObject({ distinctSearches: 2, searchesChecked: 4 });
    expect({ searches, batches }).toEqual({ searches: 0, batches: [2] });
    // Checked within the hour: not due again.
    expect((await runPriceAlerts({ now: hours(0.5), suppliers: counting })).searchesChecked).toBe(0);
  });

  it('the stop link works without signing in', async () => {
    const user = await createUser();
    const { id } = await saveFor(user, flightQuery(), '100000');
    await runPriceAlerts({ now: hours(0) });
    expect((await sendDueOutboxMessages()).sent).toBe(1);
    const stopUrl = new URL(linkIn((await lastMailTo(user.email))!.text, '/api/alerts/stop?token='));
    // GET (a mail scanner) changes nothing; it opens the page in the search's language.
    const response = await stopGet(new NextRequest(stopUrl));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/en\/alerts\/stop\?token=/);
    expect(await db.savedSearch.count({ where: { id } })).toBe(1);

    const token = stopUrl.searchParams.get('token');
    expect(await stopSavedSearch(`${token}x`, context)).toBe('invalid');
    expect(await stopSavedSearch(token, context)).toBe('stopped');
    expect(await db.savedSearch.count({ where: { id } })).toBe(0);
    expect(await db.priceAlert.count({ where: { savedSearchId: id } })).toBe(0);
    expect(await stopSavedSearch(token, context)).toBe('invalid');
  });

  it('saved searches and alerts are in My data / the export, and are deleted with the account', async () => {
    const user = await createUser();
    const { id } = await saveFor(user, flightQuery(), '100000');
    await runPriceAlerts({ now: hours(0) });
    const collected = await collectPersonalData(user.id);
    expect(collected!.rows.get('SavedSearch')!.map((r) => r.id)).toEqual([id]);
    expect(collected!.rows.get('PriceAlert')).toHaveLength(1);

    await db.$transaction((tx) => eraseAccount(tx, user.id));
    expect(await db.savedSearch.count({ where: { id } })).toBe(0);
    expect(await db.priceAlert.count({ where: { savedSearchId: id } })).toBe(0);
  });

  it('refuses the 21st saved search; saving the same search again only updates it', async () => {
    const user = await createUser();
    for (let i = 0; i < MAX_SAVED_SEARCHES; i++) {
      await saveSearch({ kind: 'HOTEL', query: new URLSearchParams({ city: 'baku', checkIn: addDays(today, 2 + i), checkOut: addDays(today, 3 + i), guests: '2', rooms: '1' }).toString(), locale: 'en' }, user, context, day0);
    }
    await expect(saveFor(user)).rejects.toBeInstanceOf(TooManySavedSearchesError);
    const again = await saveSearch({ kind: 'HOTEL', query: `checkIn=${addDays(today, 2)}&checkOut=${addDays(today, 3)}&city=baku&guests=2&rooms=1`, ceiling: '50', locale: 'en' }, user, context, day0);
    expect(again.created).toBe(false);
    expect(await db.savedSearch.count({ where: { userId: user.id } })).toBe(MAX_SAVED_SEARCHES);
  });
});
