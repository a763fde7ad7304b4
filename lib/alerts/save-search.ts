import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '../auth/audit';
import type { RequestContext } from '../auth/request-context';
import type { Viewer } from '../auth/viewer-types';
import { db } from '../db/client';
import { localDateOf } from '../inventory/catalog/tz';
import { isLocale } from '../i18n/locales';
import { fromMajor } from '../money';
import { displayCurrencies } from '../rates/display-currencies';
import { InvalidSavedSearchError, MAX_SAVED_SEARCHES, TooManySavedSearchesError } from './errors';
import { expiryOf, normaliseSearch } from './normalise-search';
import { stopTokenFor, stopTokenHash } from './stop-token';

const saveSearchSchema = z.object({
  kind: z.enum(['FLIGHT', 'HOTEL']),
  /** the results page's query string */
  query: z.string().max(1500),
  /** major units as typed; empty = no ceiling */
  ceiling: z
    .string()
    .trim()
    .max(12)
    .regex(/^(\d{1,9}([.,]\d{1,2})?)?$/)
    .optional()
    .default(''),
  currency: z.enum(displayCurrencies).default('AZN'),
  locale: z.string().refine(isLocale),
});
export type SaveSearchInput = z.input<typeof saveSearchSchema>;

/**
 * Saves a search for the signed-in traveller (their own request: the legal basis on My data). Saving
 * the same search again updates its ceiling and keeps its history. The 21st search is refused; the
 * user row is locked so two tabs cannot both save the 20th.
 */
export async function saveSearch(input: SaveSearchInput, viewer: Viewer, context: RequestContext, now = new Date()): Promise<{ id: string; created: boolean }> {
  const parsed = saveSearchSchema.safeParse(input);
  if (!parsed.success) throw new InvalidSavedSearchError();
  const { kind, query, ceiling, currency, locale } = parsed.data;
  const search = normaliseSearch(kind, Object.fromEntries(new URLSearchParams(query)), localDateOf(now));
  if (!search) throw new InvalidSavedSearchError();
  const ceilingMoney = ceiling ? fromMajor(ceiling.replace(',', '.'), currency) : null;
  if (ceilingMoney && ceilingMoney.amount <= 0) throw new InvalidSavedSearchError();

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${viewer.id}::uuid FOR UPDATE`;
    const existing = await tx.savedSearch.findUnique({ where: { userId_kind_queryKey: { userId: viewer.id, kind, queryKey: search.queryKey } }, select: { id: true } });
    const ceilingData = { ceilingMinor: ceilingMoney?.amount ?? null, ceilingCurrency: ceilingMoney?.currency ?? null };
    if (existing) {
      await tx.savedSearch.update({ where: { id: existing.id }, data: { ...ceilingData, locale } });
      return { id: existing.id, created: false };
    }
    const count = await tx.savedSearch.count({ where: { userId: viewer.id } });
    if (count >= MAX_SAVED_SEARCHES) throw new TooManySavedSearchesError();
    const id = crypto.randomUUID();
    await tx.savedSearch.create({
      data: { id, userId: viewer.id, kind, queryKey: search.queryKey, locale, ...ceilingData, expiresAt: expiryOf(search.travelDate), stopTokenHash: stopTokenHash(stopTokenFor(id)) },
    });
    await recordAuditEvent(tx, { actor: viewer, action: 'alerts.search_saved', subjectType: 'SavedSearch', subjectId: id, context, data: { kind } });
    return { id, created: true };
  });
}
