import { configuredDefaultLocale, isLocale, type Locale } from '@/lib/i18n/locales';

type HeaderSource = { get(name: string): string | null };

const first = (value: string | null | undefined) => value?.split(',')[0]?.trim() || undefined;

/**
 * The origin the visitor used: the forwarded host and protocol (trustHost), else the Host header.
 * Next.js gives a route handler the address the server listens on (`http://0.0.0.0:3000` with
 * `next start -H 0.0.0.0`), and Auth.js builds its error redirects on that URL's origin.
 */
export function servedOrigin(url: URL, headers: HeaderSource): string {
  const host = first(headers.get('x-forwarded-host')) ?? headers.get('host') ?? url.host;
  const protocol = first(headers.get('x-forwarded-proto'))?.replace(/:$/, '') ?? url.protocol.replace(/:$/, '');
  return `${protocol === 'https' ? 'https' : 'http'}://${host}`;
}

function cookie(headers: HeaderSource, name: string): string | undefined {
  for (const part of headers.get('cookie')?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * The language of the page Auth.js sends a visitor to: the locale cookie (their choice), the page the
 * form was posted from, the browser's languages, else the business default.
 */
export function authRequestLocale(headers: HeaderSource): Locale {
  const chosen = cookie(headers, 'NEXT_LOCALE');
  if (isLocale(chosen)) return chosen;
  try {
    const fromPage = new URL(headers.get('referer') ?? '').pathname.split('/')[1];
    if (isLocale(fromPage)) return fromPage;
  } catch {
    // no referer, or not a URL
  }
  for (const tag of headers.get('accept-language')?.split(',') ?? []) {
    const language = tag.split(';')[0]?.trim().split('-')[0]?.toLowerCase();
    if (isLocale(language)) return language;
  }
  return configuredDefaultLocale();
}
