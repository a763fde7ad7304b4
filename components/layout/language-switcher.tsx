'use client';

import { Suspense } from 'react';
import { useSearchParams } from 'next/navigation';
import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { localeNames, locales } from '@/lib/i18n/locales';

function LocaleLinks({ query }: { query?: Record<string, string> }) {
  const current = useLocale();
  const pathname = usePathname();
  return (
    <ul className="flex gap-1">
      {locales.map((locale) => (
        <li key={locale}>
          <Link
            href={{ pathname, query }}
            locale={locale}
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

function LocaleLinksKeepingQuery() {
  const search = useSearchParams();
  return <LocaleLinks query={Object.fromEntries(search.entries())} />;
}

/** Keeps the current page and its query string when switching language. */
export function LanguageSwitcher({ label }: { label: string }) {
  return (
    <nav aria-label={label}>
      <Suspense fallback={<LocaleLinks />}>
        <LocaleLinksKeepingQuery />
      </Suspense>
    </nav>
  );
}
