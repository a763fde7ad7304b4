import { redirect as nextRedirect } from 'next/navigation';
import type { Locale } from './locales';
import { localizedHref, type Href } from './href';

/** next-intl's `redirect({ href, locale })` without importing its navigation module (see ./href.ts). */
export function redirect({ href, locale }: { href: Href; locale: Locale }): never {
  return nextRedirect(localizedHref(locale, href));
}
