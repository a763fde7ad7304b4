/**
 * The browser's one private request for the header (`GET /api/me`, `no-store`): who is signed in and
 * how many offers the trip holds. Pages are cached and shared, so the header's islands ask here after
 * the page loaded; they share one request per page load.
 */
export type Me = { signedIn: boolean; tripItems: number };

let pending: Promise<Me | null> | null = null;

export function fetchMe(): Promise<Me | null> {
  pending ??= fetch('/api/me', { cache: 'no-store', credentials: 'same-origin' })
    .then((response) => (response.ok ? (response.json() as Promise<Me>) : null))
    .catch(() => null)
    .finally(() => {
      // The next page load (or a client navigation after a change to the trip) asks again.
      setTimeout(() => (pending = null), 0);
    });
  return pending;
}
