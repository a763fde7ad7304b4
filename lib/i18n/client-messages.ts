import type { Messages } from './messages';

/**
 * Client components get only the messages they use (issue 19): the root layout passes the few keys
 * of the components every page has, and each personal area's layout adds its own namespaces through
 * a nested provider (components/layout/client-messages.tsx). A path is a namespace (`trip`) or a key
 * inside one (`cookies.banner`).
 */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const out: Messages = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: unknown = messages;
    for (const key of keys) from = from && typeof from === 'object' ? (from as Messages)[key] : undefined;
    if (from === undefined) continue;
    let to = out;
    keys.slice(0, -1).forEach((key) => (to = (to[key] ??= {}) as Messages));
    to[keys.at(-1)!] = from;
  }
  return out;
}

/** The cookie banner, the currency switcher and the error boundary: on every page. */
export const ROOT_CLIENT_MESSAGES = ['cookies.banner', 'price.displayCurrency', 'price.displayNone', 'price.apply', 'common.error', 'common.nav.account', 'common.nav.signIn', 'auth.signOut'] as const;

/** Per area: the namespaces of its client components and of the message keys its actions answer. */
export const AREA_CLIENT_MESSAGES = {
  offer: ['trip', 'auth.errors'],
  trip: ['trip', 'auth.errors'],
  checkout: ['checkout', 'trip', 'rules', 'price', 'payments', 'auth.errors', 'booking.lookup'],
  booking: ['booking', 'afterSales', 'rules', 'trip', 'auth.errors'],
  account: ['account', 'afterSales', 'privacy', 'auth'],
  support: ['backOffice', 'afterSales', 'privacy', 'admin', 'rules', 'auth.errors'],
  admin: ['admin', 'backOffice', 'rules', 'auth.errors'],
  signin: ['auth'],
  privacy: ['privacy', 'auth.errors'],
  payments: ['payments', 'auth.errors'],
} as const satisfies Record<string, readonly string[]>;
