'use client';

import { Suspense } from 'react';
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { localeNames, locales, type Locale } from '@/lib/i18n/locales';
import { localePath, rememberLocale, withoutLocale } from '@/lib/i18n/locale-path';

// A small client island with no next-intl client code: pages ship less JavaScript (issue 19, point 5).

function LocaleLinks({ current, query }: { current: Locale; query?: string }) {
  const path = withoutLocale(usePathname() ?? '/');
  return (
    <ul className="flex gap-1">
      {locales.map((locale) => (
        <li key={locale}>
          <Link
            href={localePath(locale, path) + (query ? `?${query}` : '')}
            prefetch={false}
            onClick={() => rememberLocale(current, locale)}
            hrefLang={locale}
            lang={locale}
            aria-current={locale === current ? 'true' : undefined}
            title={localeNames[locale]}
            className={
              locale === current
                ? 'rounded bg-brand-50 px-1.5 py-0.5 font-semibold text-brand-800 uppercase'
                : 'rounded px-1.5 py-0.5 text-slate-600 uppercase hover:bg-brand-50'
            }
          >
            {locale}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function LocaleLinksKeepingQuery({ current }: { current: Locale }) {
  const search = useSearchParams();
  return <LocaleLinks current={current} query={search.toString()} />;
}

/** Keeps the current page and its query string when switching language. */
export function LanguageSwitcher({ label, locale }: { label: string; locale: Locale }) {
  return (
    <nav aria-label={label}>
      <Suspense fallback={<LocaleLinks current={locale} />}>
        <LocaleLinksKeepingQuery current={locale} />
      </Suspense>
    </nav>
  );
}
