import type { MetadataRoute } from 'next';
import { configuredDefaultLocale, locales } from '@/lib/i18n/locales';
import { publicPaths } from '@/lib/i18n/public-paths';
import { siteUrl } from '@/lib/i18n/site-url';

export const revalidate = 86400;

/** Every public page in every language, each with its alternates (hreflang) and x-default. */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const url = (locale: string, path: string) => new URL(`/${locale}${path === '/' ? '' : path}`, base).href;
  return publicPaths.flatMap((path) =>
    locales.map((locale) => ({
      url: url(locale, path),
      changeFrequency: path.startsWith('/legal') ? ('monthly' as const) : ('daily' as const),
      alternates: { languages: { ...Object.fromEntries(locales.map((l) => [l, url(l, path)])), 'x-default': url(configuredDefaultLocale(), path) } },
    })),
  );
}
