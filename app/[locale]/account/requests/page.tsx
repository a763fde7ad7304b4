import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RefundStatus } from '@/components/after-sales/refund-status';
import { h1, link } from '@/components/after-sales/ui';
import { listUserRequests } from '@/lib/after-sales/list-order-requests';
import { requireUser } from '@/lib/auth/viewer';
import { formatInZone } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';

export async function generateMetadata({ params }: PageProps<'/[locale]/account/requests'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'afterSales' });
  return { title: t('account.title'), robots: { index: false } };
}

/** Every request on the signed-in traveller's bookings; each opens on its booking's page. */
export default async function AccountRequestsPage({ params }: PageProps<'/[locale]/account/requests'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireUser({ locale, returnTo: '/account/requests' });
  const requests = await listUserRequests(viewer.id);
  const t = await getTranslations({ locale, namespace: 'afterSales' });
  return (
    <div className="flex flex-col gap-6">
      <h1 className={h1}>{t('account.heading')}</h1>
      <p>{t('account.intro')}</p>
      {requests.length === 0 ? (
        <p>{t('account.empty')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {requests.map((request) => (
            <li key={request.id} className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-semibold">
                <Link href={`/booking/${request.orderReference}/requests/${request.id}`} className={link}>
                  {request.reference}
                  {': '}
                  {t(`topics.${request.topic}`)}
                </Link>
              </p>
              <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-600">{t('account.booking')}</dt>
                <dd>{request.orderReference}</dd>
                <dt className="text-slate-600">{t('account.status')}</dt>
                <dd>{t(`statuses.${request.status}`)}</dd>
                <dt className="text-slate-600">{t('account.created')}</dt>
                <dd>{formatInZone(request.createdAt, 'Asia/Baku', locale, { timeStyle: undefined, dateStyle: 'medium' })}</dd>
              </dl>
              <RefundStatus refund={request.refund} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
