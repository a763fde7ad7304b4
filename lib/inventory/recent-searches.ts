/**
 * The traveller's recent searches, kept in this browser's localStorage and only with consent to
 * preference cookies (Cookie Policy 3): never sent to the server, so cached pages stay the same for
 * everyone. Pure and browser-safe; the islands in components/ read and write the storage.
 */
export const RECENT_SEARCHES_KEY = 'karvan_recent_searches';
const MAX_RECENT_SEARCHES = 5;

const KINDS = ['flights', 'hotels'] as const;
export type RecentSearch = { kind: (typeof KINDS)[number]; query: string; title: string };

// A query is what the results page's URL carries: no markup, no scheme, bounded.
const QUERY = /^[A-Za-z0-9_.~%&=+,:-]{1,600}$/;

function isRecentSearch(value: unknown): value is RecentSearch {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.kind === 'string' &&
    (KINDS as readonly string[]).includes(v.kind) &&
    typeof v.query === 'string' &&
    QUERY.test(v.query) &&
    typeof v.title === 'string' &&
    v.title.length > 0 &&
    v.title.length <= 200
  );
}

/** The stored list → well-formed entries only (never throws: the storage is the browser's to change). */
export function parseRecentSearches(raw: string | null | undefined): RecentSearch[] {
  if (!raw || raw.length > 10_000) return [];
  try {
    const data: unknown = JSON.parse(raw);
    return Array.isArray(data) ? data.filter(isRecentSearch).slice(0, MAX_RECENT_SEARCHES).map(({ kind, query, title }) => ({ kind, query, title })) : [];
  } catch {
    return [];
  }
}

/** Newest first, the same search once, at most five; the page number is not part of a search. */
export function addRecentSearch(list: RecentSearch[], entry: RecentSearch): RecentSearch[] {
  const params = new URLSearchParams(entry.query);
  params.delete('page');
  const query = params.toString();
  if (!isRecentSearch({ ...entry, query })) return list;
  const fresh = { kind: entry.kind, query, title: entry.title };
  return [fresh, ...list.filter((e) => !(e.kind === fresh.kind && e.query === fresh.query))].slice(0, MAX_RECENT_SEARCHES);
}
