import type { MetadataRoute } from 'next';
import { locales } from '@/lib/i18n/locales';
import { personalPaths } from '@/lib/i18n/public-paths';
import { siteUrl } from '@/lib/i18n/site-url';

export const revalidate = 86400;

/** Public pages are crawlable; personal pages, offer pages (one traveller's choice) and the API are not. */
export default function robots(): MetadataRoute.Robots {
  const disallow = ['/api/', ...locales.flatMap((locale) => [...personalPaths.map((p) => `/${locale}${p}`), `/${locale}/flights/offer/`, `/${locale}/hotels/offer/`, `/${locale}/transfers/offer/`])];
  return { rules: [{ userAgent: '*', allow: '/', disallow }], sitemap: new URL('/sitemap.xml', siteUrl()).href };
}
