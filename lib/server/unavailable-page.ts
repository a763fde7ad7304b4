import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configuredDefaultLocale, isLocale, type Locale } from '../i18n/locales';

type Words = { title: string; body: string };
const cache = new Map<Locale, Words>();

function words(locale: Locale): Words {
  let found = cache.get(locale);
  if (!found) {
    const file = path.join(process.cwd(), 'content', 'messages', locale, 'common.json');
    found = (JSON.parse(readFileSync(file, 'utf8')) as { serviceUnavailable: Words }).serviceUnavailable;
    cache.set(locale, found);
  }
  return found;
}

/** The request's language: the locale prefix of the path, else Accept-Language, else the default. */
export function requestLocale(pathname: string, acceptLanguage: string | undefined): Locale {
  const prefix = pathname.split('/')[1];
  if (isLocale(prefix)) return prefix;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().split(';')[0]?.slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return configuredDefaultLocale();
}

/** A small static page (no scripts, no database) for 503 answers while the database is unreachable. */
export function unavailablePage(locale: Locale): string {
  const { title, body } = words(locale);
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937;line-height:1.5}</style></head><body><main><h1>${escape(title)}</h1><p>${escape(body)}</p></main></body></html>`;
}
