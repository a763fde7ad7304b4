import { legalDocuments } from '../legal/documents';

/** The public pages without a query, in every locale: what the sitemap lists. */
export const publicPaths: readonly string[] = ['/', '/flights', '/hotels', '/transfers', ...legalDocuments.map((doc) => `/legal/${doc}`)];

/** Paths under a locale that only make sense for one person; robots.txt keeps crawlers out. */
export const personalPaths: readonly string[] = ['/account', '/trip', '/checkout', '/booking', '/support', '/admin', '/signin', '/privacy', '/cookies', '/dev', '/sandbox-pay', '/alerts'];
