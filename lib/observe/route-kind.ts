/**
 * The route kind a request is counted under in the latency metric (and the load test's table): few,
 * fixed values, never the path itself (paths carry references and ids, and would grow the series).
 */
export type RouteKind = 'asset' | 'health' | 'webhook' | 'api' | 'search' | 'offer' | 'trip' | 'checkout' | 'booking' | 'account' | 'page';

const LOCALE = /^\/(en|ru|az|kk)(?=\/|$)/;

export function routeKind(pathname: string): RouteKind {
  if (pathname.startsWith('/_next/') || /\.[a-z0-9]{2,5}$/i.test(pathname)) return 'asset';
  if (pathname === '/api/health' || pathname === '/api/ready' || pathname === '/api/metrics') return 'health';
  if (pathname.startsWith('/api/payments/webhook')) return 'webhook';
  if (pathname.startsWith('/api/')) return 'api';
  const rest = pathname.replace(LOCALE, '') || '/';
  // Search pages are /flights, /hotels, /transfers (with a query); an offer is one level below.
  const search = /^\/(flights|hotels|transfers)(\/[^/]+)?/.exec(rest);
  if (search) return search[2] && search[2] !== '/q' ? 'offer' : 'search';
  if (rest.startsWith('/trip')) return 'trip';
  if (rest.startsWith('/checkout') || rest.startsWith('/sandbox-pay')) return 'checkout';
  if (rest.startsWith('/booking')) return 'booking';
  if (rest.startsWith('/account')) return 'account';
  return 'page';
}
