import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { requireRole } from '@/lib/auth/viewer';
import { listDataRequests } from '@/lib/privacy/staff-data-requests';
import { AuthorityRequestForm } from '@/components/privacy/authority-request-form';
import { card, h1, h2, link } from '@/components/privacy/ui';
import { recordAuthorityRequestAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/support/data-requests'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.staff' });
  return { title: t('title'), robots: { index: false } };
}

/** Data requests with their 10-day deadlines, for SUPPORT and ADMIN (checked here, on the server). */
export default async function DataRequestsPage({ params, searchParams }: PageProps<'/[locale]/support/data-requests'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireRole({ locale, returnTo: '/support/data-requests' }, 'SUPPORT', 'ADMIN');
  const query = await searchParams;
  const showAll = query.all === '1';
  const [rows, t, format] = await Promise.all([listDataRequests(viewer, { open: !showAll }), getTranslations({ locale, namespace: 'privacy' }), getFormatter({ locale })]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' });

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className={h1}>{t('staff.title')}</h1>
        <p className="mt-2 text-slate-700">{t('staff.intro')}</p>
        <p className="mt-2">
          <Link href={showAll ? '/support/data-requests' : { pathname: '/support/data-requests', query: { all: '1' } }} className={link}>
            {showAll ? t('staff.showOpen') : t('staff.showAll')}
          </Link>
        </p>
      </div>
      <section aria-labelledby="requests-heading" className={card}>
        <h2 id="requests-heading" className={h2}>{showAll ? t('staff.allHeading') : t('staff.openHeading')}</h2>
        {rows.length === 0 ? (
          <p>{t('staff.none')}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-labelledby="requests-heading" tabIndex={0}>
            <table className="w-full border-collapse text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="px-2 py-2">{t('staff.columns.reference')}</th>
                  <th scope="col" className="px-2 py-2">{t('staff.columns.kind')}</th>
                  <th scope="col" className="px-2 py-2">{t('staff.columns.from')}</th>
                  <th scope="col" className="px-2 py-2">{t('staff.columns.status')}</th>
                  <th scope="col" className="px-2 py-2">{t('staff.columns.received')}</th>
                  <th scope="col" className="px-2 py-2">{t('staff.columns.due')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-b border-slate-200 align-top" data-testid="data-request-row">
                    <td className="px-2 py-2">
                      <Link href={`/support/data-requests/${r.id}`} className={link}>{r.reference}</Link>
                    </td>
                    <td className="px-2 py-2">{t(`request.kinds.${r.kind}.label`)}</td>
                    <td className="px-2 py-2 break-all">{r.origin === 'AUTHORITY' ? r.authorityName : r.maskedEmail}</td>
                    <td className="px-2 py-2">{t(`statuses.${r.status}`)}</td>
                    <td className="px-2 py-2 whitespace-nowrap">{date(r.createdAt)}</td>
                    <td className={`px-2 py-2 whitespace-nowrap ${r.overdue ? 'font-semibold text-red-700' : ''}`}>
                      {date(r.dueAt)}
                      {r.overdue && <span className="ml-1">{t('staff.overdue')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="authority-heading" className={card}>
        <h2 id="authority-heading" className={h2}>{t('staff.authorityHeading')}</h2>
        <p className="text-slate-700">{t('staff.authorityIntro')}</p>
        <AuthorityRequestForm action={recordAuthorityRequestAction} />
      </section>
    </div>
  );
}
