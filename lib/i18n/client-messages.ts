import type { Messages } from './messages';

/**
 * Client components get only the messages they use (issue 19): the components every page has (header,
 * footer, cookie banner, error boundary) get their words as props from the root layout, with no
 * provider; each personal area's layout has a provider with their own
 * namespaces (components/layout/client-messages.tsx). A path is a namespace (`trip`) or a key inside
 * one (`cookies.banner`).
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

/** Per area: the namespaces of its client components and of the message keys its actions answer. */
export const AREA_CLIENT_MESSAGES = {
  trip: ['trip', 'auth.errors'],
  booking: ['booking', 'afterSales', 'rules', 'trip', 'auth.errors'],
  account: ['account', 'afterSales', 'privacy', 'auth'],
  support: ['backOffice', 'afterSales', 'privacy', 'admin', 'rules', 'auth.errors'],
  admin: ['admin', 'backOffice', 'rules', 'auth.errors'],
  signin: ['auth'],
  privacy: ['privacy', 'auth.errors'],
  payments: ['payments', 'auth.errors'],
} as const satisfies Record<string, readonly string[]>;
