import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { requireUser } from '@/lib/auth/viewer';
import { formatMoney } from '@/lib/i18n/format';
import { summariseSearch } from '@/lib/alerts/describe-search';
import { MAX_SAVED_SEARCHES } from '@/lib/alerts/errors';
import { listSavedSearches } from '@/lib/alerts/manage-searches';
import { alert as alertClass, dangerButton, link, status as statusClass } from '@/components/privacy/ui';
import { deleteSavedSearchAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/account/alerts'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'alerts.account' });
  return { title: t('title'), robots: { index: false } };
}

const errorKeys: Record<string, string> = { 'too-many-saved-searches': 'tooMany', 'invalid-saved-search': 'invalid' };

export default async function SavedSearchesPage({ params, searchParams }: PageProps<'/[locale]/account/alerts'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireUser({ locale, returnTo: '/account/alerts' });
  const [searches, t, tAll, format, query] = await Promise.all([
    listSavedSearches(viewer),
    getTranslations({ locale, namespace: 'alerts.account' }),
    getTranslations({ locale, namespace: 'alerts' }),
    getFormatter({ locale }),
    searchParams,
  ]);
  const day = (iso: string) => (iso ? format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }) : '');
  const errorKey = typeof query.error === 'string' ? errorKeys[query.error] : undefined;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('title')}</h1>
      {query.saved === '1' && (
        <p role="status" className={statusClass}>
          {t('saved')}
        </p>
      )}
      {query.deleted === '1' && (
        <p role="status" className={statusClass}>
          {t('deleted')}
        </p>
      )}
      {errorKey && (
        <p role="alert" className={alertClass}>
          {tAll(`errors.${errorKey}`)}
        </p>
      )}
      <p className="max-w-2xl text-slate-700">{t('intro')}</p>
      <p className="max-w-2xl text-sm text-slate-700">{t('legalBasis')}</p>
      <p className="text-sm text-slate-600">{t('count', { count: searches.length, max: MAX_SAVED_SEARCHES })}</p>
      {searches.length === 0 ? (
        <p className="text-slate-700">{t('empty')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {searches.map((search) => {
            const s = summariseSearch(search.kind, search.queryKey, locale);
            const what =
              s.kind === 'FLIGHT'
                ? s.return
                  ? t('flightReturn', { from: s.from, to: s.to, date: day(s.depart), returnDate: day(s.return) })
                  : t('flight', { from: s.from, to: s.to, date: day(s.depart) })
                : t('hotel', { city: s.city, checkIn: day(s.checkIn), checkOut: day(s.checkOut) });
            return (
              <li key={search.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex min-w-0 flex-col gap-1">
                  <p className="font-semibold">{what}</p>
                  <p className="text-sm text-slate-700">{search.ceiling ? t('ceiling', { amount: formatMoney(search.ceiling, locale) }) : t('noCeiling')}</p>
                  <p className="text-sm text-slate-700">{search.lastPrice ? t('lastPrice', { amount: formatMoney(search.lastPrice, locale) }) : t('notChecked')}</p>
                  <p className="text-sm text-slate-700">{t('alerts', { count: search.alertCount })}</p>
                  <p className="text-sm text-slate-600">{t('expires', { date: format.dateTime(search.expiresAt, { dateStyle: 'medium', timeZone: 'UTC' }) })}</p>
                  <p>
                    <Link href={search.resultsPath} className={link}>
                      {t('open')}
                    </Link>
                  </p>
                </div>
                <form action={deleteSavedSearchAction}>
                  <input type="hidden" name="id" value={search.id} />
                  <input type="hidden" name="locale" value={locale} />
                  <button type="submit" className={dangerButton} aria-label={t('deleteLabel', { what })}>
                    {t('delete')}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
