/**
 * One product kind served by the built-in catalog and a remote supplier at once (issue 21). Search asks
 * both in parallel and merges the offers, each naming its supplier; the remote part has a deadline, so
 * a remote supplier that is slow, failing or behind an open circuit costs the search nothing but its
 * own offers: the catalog's answer comes back with `unavailable` naming it, and the results page says
 * some results are unavailable. Everything after search is routed by the offer id (getOffer, reprice,
 * hold) or by who holds the hold (confirm, release).
 */
import { logger } from '../observe/logger';
import type { Offer, Supplier } from './supplier';

export type RemotePart<C, R, O extends Offer> = {
  supplier: Supplier<C, R, O>;
  /** whether an offer id is the remote supplier's */
  ownsOffer(offerId: string): boolean;
  /** whether the remote supplier holds this hold (it keeps a record per hold id) */
  ownsHold(holdId: string): Promise<boolean>;
  /** the longest a search waits for the remote supplier before answering without it */
  searchDeadlineMs: number;
};

type SearchResult<O> = { offers: O[]; unavailable?: string[] };

const LATE = Symbol('late');

/** The remote search, or null when it failed or missed the deadline (the late answer is abandoned). */
async function remoteSearch<C, R extends SearchResult<O>, O extends Offer>(remote: RemotePart<C, R, O>, criteria: C, at: Date): Promise<R | null> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), remote.searchDeadlineMs);
  });
  const answer = remote.supplier.search(criteria, at).catch((error: unknown) => {
    logger().warn({ supplier: remote.supplier.name, error: error instanceof Error ? error.message : String(error) }, 'supplier search failed');
    return null;
  });
  try {
    const result = await Promise.race([answer, deadline]);
    if (result !== LATE) return result;
    logger().warn({ supplier: remote.supplier.name, deadlineMs: remote.searchDeadlineMs }, 'supplier search left out (deadline)');
    return null;
  } finally {
    clearTimeout(timer);
  }
}

export function mergeSuppliers<C, R extends SearchResult<O>, O extends Offer, S extends Supplier<C, R, O>>(catalog: S, remote: RemotePart<C, R, O>): S {
  const byOffer = (offerId: string) => (remote.ownsOffer(offerId) ? remote.supplier : catalog);
  const byHold = async (holdId: string) => ((await remote.ownsHold(holdId)) ? remote.supplier : catalog);
  return {
    ...catalog,
    name: `${catalog.name}+${remote.supplier.name}`,
    async search(criteria, at) {
      const [own, other] = await Promise.all([catalog.search(criteria, at), remoteSearch(remote, criteria, at)]);
      const unavailable = [...(own.unavailable ?? []), ...(other ? (other.unavailable ?? []) : [remote.supplier.name])];
      return { ...own, offers: [...own.offers, ...(other?.offers ?? [])], ...(unavailable.length ? { unavailable } : {}) };
    },
    getOffer: (offerId, at) => byOffer(offerId).getOffer(offerId, at),
    reprice: (offer, at) => byOffer(offer.offerId).reprice(offer, at),
    hold: (tx, request) => byOffer(request.offer.offerId).hold(tx, request),
    confirm: async (tx, holdId, people) => (await byHold(holdId)).confirm(tx, holdId, people),
    release: async (tx, holdId) => (await byHold(holdId)).release(tx, holdId),
    async quoteCancellation(holdId) {
      const s = await byHold(holdId);
      return s.quoteCancellation ? s.quoteCancellation(holdId) : null;
    },
    async cancelConfirmed(holdId, quoteId) {
      const s = await byHold(holdId);
      if (!s.cancelConfirmed) throw new Error(`${s.name} keeps no remote booking for ${holdId}`);
      return s.cancelConfirmed(holdId, quoteId);
    },
    async acceptAirlineChanges(holdId) {
      const s = await byHold(holdId);
      return s.acceptAirlineChanges ? s.acceptAirlineChanges(holdId) : { accepted: 0 };
    },
  };
}
