/**
 * Runs pages and server actions outside Next.js, as a given visitor: `next/headers` answers from
 * `requestState` (the session cookie and request headers the test sets), and `next-intl/server`
 * translates from the real catalogs. Authorisation, data access and redirects are the real ones.
 *
 * In a test file:
 *   vi.mock('server-only', () => ({}));
 *   vi.mock('next/headers', async () => (await import('./authz-kit')).nextHeadersMock);
 *   vi.mock('next-intl/server', async () => (await import('./authz-kit')).nextIntlServerMock());
 */
import { isValidElement, type ReactNode } from 'react';

export const requestState = {
  cookies: new Map<string, string>(),
  headers: new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': '203.0.113.50' }),
};

export const nextHeadersMock = {
  cookies: async () => ({
    get: (name: string) => (requestState.cookies.has(name) ? { name, value: requestState.cookies.get(name)! } : undefined),
    has: (name: string) => requestState.cookies.has(name),
    set: (name: string, value: string) => void requestState.cookies.set(name, value),
    delete: (name: string) => void requestState.cookies.delete(name),
    getAll: () => [...requestState.cookies].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => requestState.headers,
};

export async function nextIntlServerMock() {
  const { createFormatter, createTranslator } = await import('use-intl/core');
  const { loadMessages } = await import('@/lib/i18n/messages');
  return {
    setRequestLocale: () => undefined,
    getTranslations: async ({ locale, namespace }: { locale: 'en'; namespace?: string }) =>
      createTranslator({ locale, messages: loadMessages(locale) as never, namespace: namespace as never }),
    getFormatter: async ({ locale }: { locale: string }) => createFormatter({ locale, timeZone: 'UTC' }),
    getLocale: async () => 'en',
  };
}

export type Outcome = 'ok' | 'not-found' | `redirect:${string}` | `error:${string}` | 'invalid';

/** What a visitor gets: the page/result, a 404, a redirect (with its target) or an action error. */
export async function outcomeOf(run: () => unknown): Promise<{ outcome: Outcome; value?: unknown }> {
  try {
    const value = await run();
    if (value && typeof value === 'object' && !isValidElement(value)) {
      const state = value as { error?: string; fieldErrors?: unknown };
      if (state.error) return { outcome: `error:${state.error}`, value };
      if (state.fieldErrors) return { outcome: 'invalid', value };
    }
    return { outcome: 'ok', value };
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return { outcome: 'not-found' };
    if (digest?.startsWith('NEXT_REDIRECT;')) return { outcome: `redirect:${digest.split(';').slice(2, -2).join(';')}` };
    throw error;
  }
}

/** Every string and number reachable from a rendered element tree (props included), to look for leaks. */
export function textOf(node: unknown, seen = new Set<unknown>()): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return `${node} `;
  if (typeof node !== 'object' || seen.has(node)) return '';
  seen.add(node);
  if (Array.isArray(node)) return node.map((n) => textOf(n, seen)).join('');
  if (isValidElement(node)) return textOf((node as { props: unknown }).props, seen);
  if (node instanceof Date) return `${node.toISOString()} `;
  return Object.values(node as Record<string, unknown>)
    .filter((v) => typeof v !== 'function')
    .map((v) => textOf(v as ReactNode, seen))
    .join('');
}

export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

export const pageProps = (params: Record<string, string>, searchParams: Record<string, string> = {}) =>
  ({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) }) as never;
