import 'server-only';
import { recordAuditEvent } from '../auth/audit';
import { NotFoundError } from '../auth/errors';
import type { RequestContext } from '../auth/request-context';
import type { Viewer } from '../auth/viewer-types';
import { db } from '../db/client';
import type { Money } from '../money';
import { resultsPath, type SavedSearchKind } from './normalise-search';
import { stopTokenHash } from './stop-token';

export type SavedSearchView = {
  id: string;
  kind: SavedSearchKind;
  queryKey: string;
  resultsPath: string;
  ceiling: Money | null;
  lastPrice: Money | null;
  lastCheckedAt: Date | null;
  lastAlertedAt: Date | null;
  expiresAt: Date;
  alertCount: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The viewer's saved searches, newest first; expired ones are not shown (the job deletes them). */
export async function listSavedSearches(viewer: Viewer, now = new Date()): Promise<SavedSearchView[]> {
  const rows = await db.savedSearch.findMany({
    where: { userId: viewer.id, expiresAt: { gt: now } },
    orderBy: { createdAt: 'desc' },
    include: { _count: { select: { alerts: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    queryKey: r.queryKey,
    resultsPath: resultsPath(r.kind, r.queryKey),
    ceiling: r.ceilingMinor !== null && r.ceilingCurrency ? { amount: r.ceilingMinor, currency: r.ceilingCurrency } : null,
    lastPrice: r.lastPriceMinor !== null && r.lastPriceCurrency ? { amount: r.lastPriceMinor, currency: r.lastPriceCurrency } : null,
    lastCheckedAt: r.lastCheckedAt,
    lastAlertedAt: r.lastAlertedAt,
    expiresAt: r.expiresAt,
    alertCount: r._count.alerts,
  }));
}

/** Deletes one of the viewer's searches (its alert history goes with it); someone else's is a 404. */
export async function deleteSavedSearch(id: string, viewer: Viewer, context: RequestContext): Promise<void> {
  if (!UUID.test(id)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const { count } = await tx.savedSearch.deleteMany({ where: { id, userId: viewer.id } });
    if (count === 0) throw new NotFoundError();
    await recordAuditEvent(tx, { actor: viewer, action: 'alerts.search_deleted', subjectType: 'SavedSearch', subjectId: id, context });
  });
}

/**
 * The one-click stop link: works without signing in, because the token (only ever sent in the alert
 * mail) names the search. Deleting it means no further mail; a used or unknown token is 'invalid'.
 */
export async function stopSavedSearch(token: unknown, context: RequestContext): Promise<'stopped' | 'invalid'> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) return 'invalid';
  return db.$transaction(async (tx) => {
    const search = await tx.savedSearch.findUnique({ where: { stopTokenHash: stopTokenHash(token) }, select: { id: true, userId: true } });
    if (!search) return 'invalid' as const;
    await tx.savedSearch.delete({ where: { id: search.id } });
    await recordAuditEvent(tx, { actor: null, action: 'alerts.search_stopped', subjectType: 'User', subjectId: search.userId, context, data: { savedSearchId: search.id } });
    return 'stopped' as const;
  });
}
