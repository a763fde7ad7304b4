import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';

/** Page links that keep the rest of the query. */
export async function Pagination({ locale, path, params, page, pageCount }: { locale: Locale; path: string; params: URLSearchParams; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'search.common' });
  const href = (p: number) => {
    const q = new URLSearchParams(params);
    if (p === 1) q.delete('page');
    else q.set('page', String(p));
    return `${path}?${q.toString()}`;
  };
  const pages = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const link = 'inline-flex min-h-10 min-w-10 items-center justify-center rounded-lg border border-slate-300 bg-white px-3 hover:bg-brand-50';
  return (
    <nav aria-label={t('pagination')} className="flex flex-wrap items-center gap-2">
      {page > 1 && (
        <Link href={href(page - 1)} className={link} rel="prev">
          {t('previous')}
        </Link>
      )}
      {pages.map((p) =>
        p === page ? (
          <span key={p} aria-current="page" className={`${link} border-brand-600 bg-brand-600 font-semibold text-white hover:bg-brand-600`}>
            <span className="sr-only">{t('page', { page: p })}</span>
            <span aria-hidden="true">{p}</span>
          </span>
        ) : (
          <Link key={p} href={href(p)} className={link} aria-label={t('page', { page: p })}>
            {p}
          </Link>
        ),
      )}
      {page < pageCount && (
        <Link href={href(page + 1)} className={link} rel="next">
          {t('next')}
        </Link>
      )}
      <span className="text-sm text-slate-600">{t('pageOf', { page, pages: pageCount })}</span>
    </nav>
  );
}

/** Sort choices as links; the current one is marked. */
export async function SortLinks({ locale, path, params, current, options }: { locale: Locale; path: string; params: URLSearchParams; current: string; options: { value: string; label: string }[] }) {
  const t = await getTranslations({ locale, namespace: 'search.common' });
  const href = (value: string) => {
    const q = new URLSearchParams(params);
    q.delete('page');
    q.set('sort', value);
    return `${path}?${q.toString()}`;
  };
  return (
    <nav aria-label={t('sortBy')} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium text-slate-700">{t('sortBy')}</span>
      {options.map((o) =>
        o.value === current ? (
          <span key={o.value} aria-current="true" className="rounded-full bg-brand-600 px-3 py-1.5 font-semibold text-white">
            {o.label}
          </span>
        ) : (
          <Link key={o.value} href={href(o.value)} className="rounded-full border border-slate-300 bg-white px-3 py-1.5 hover:bg-brand-50">
            {o.label}
          </Link>
        ),
      )}
    </nav>
  );
}

/** Hidden copies of query parameters, so a filter form keeps the search it filters. */
export function HiddenParams({ params, omit }: { params: URLSearchParams; omit: string[] }) {
  return (
    <>
      {[...params.entries()]
        .filter(([key]) => !omit.includes(key))
        .map(([key, value], i) => (
          <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
        ))}
    </>
  );
}
