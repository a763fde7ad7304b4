import type { ComponentProps } from 'react';
import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import type { Locale } from './locales';
import { localizedHref, type Href } from './href';

/**
 * A link to a page of this site in the page's language, for server components. It renders a plain
 * `next/link` with the localized path, so a page ships none of next-intl's client code (its Link is a
 * client component that needs the messages provider and brings the message formatter): public pages
 * stay light (issue 19, point 5). Client components in personal areas use `Link` from ./navigation.
 */
export async function Link({ href, locale, ...props }: Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale }) {
  const target = locale ?? ((await getLocale()) as Locale);
  return <NextLink href={localizedHref(target, href)} {...props} />;
}
