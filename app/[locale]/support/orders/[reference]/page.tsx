import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { formatMoney, formatWithZone } from '@/lib/i18n/format';
import { NotFoundError } from '@/lib/auth/errors';
import { currentRequestContext, requireRole } from '@/lib/auth/viewer';
import { getOrderForStaff } from '@/lib/after-sales/staff/get-order-for-staff';
import { OrderDetails } from '@/components/support/order-details';
import { StaffForm } from '@/components/support/staff-form';
import { card, h1, h2, link, notice, status as statusClass, table, td, th } from '@/components/support/ui';
import { refuseOrderAction, revealDocumentAction } from '../../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/support/orders/[reference]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'backOffice' });
  return { title: t('order.title'), robots: { index: false } };
}

/** One order for staff, with its requests and the agency's refusal (Agreement 8.5). */
export default async function StaffOrderPage({ params, searchParams }: PageProps<'/[locale]/support/orders/[reference]'>) {
  const { locale, reference } = (await params) as { locale: Locale; reference: string };
  setRequestLocale(locale);
  const viewer = await requireRole({ locale, returnTo: `/support/orders/${reference}` }, 'SUPPORT', 'ADMIN');
  let order;
  try {
    order = await getOrderForStaff(viewer, decodeURIComponent(reference), await currentRequestContext());
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const query = await searchParams;
  const [t] = await Promise.all([getTranslations({ locale, namespace: 'backOffice' })]);
  const date = (d: Date) => formatWithZone(d, 'UTC', locale as Locale);
  const refundable = order.refundSummary?.refundable;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/support" className={link}>{t('request.back')}</Link>
      </p>
      <h1 className={h1}>{t('order.heading', { reference: order.reference })}</h1>
      {query.done === 'refused' && <p role="status" className={statusClass}>{t('refuse.done')}</p>}

      <section aria-labelledby="order-requests" className={card}>
        <h2 id="order-requests" className={h2}>{t('order.requestsHeading')}</h2>
        {order.requests.length === 0 ? (
          <p>{t('order.noRequests')}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-labelledby="order-requests" tabIndex={0}>
            <table className={table}>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={th}>{t('queue.columns.reference')}</th>
                  <th scope="col" className={th}>{t('queue.columns.kind')}</th>
                  <th scope="col" className={th}>{t('queue.columns.status')}</th>
                  <th scope="col" className={th}>{t('request.fields.created')}</th>
                </tr>
              </thead>
              <tbody>
                {order.requests.map((r) => (
                  <tr key={r.id} className="border-b border-slate-200">
                    <td className={td}><Link href={`/support/requests/${r.id}`} className={link}>{r.reference}</Link></td>
                    <td className={td}>{t(`topics.${r.topic}`)}</td>
                    <td className={td}>{t(`statuses.${r.status}`)}</td>
                    <td className={td}>{date(r.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {order.refusable && (
        <section aria-labelledby="refuse-heading" className={card}>
          <h2 id="refuse-heading" className={h2}>{t('refuse.heading')}</h2>
          <p className={notice}>{t('refuse.intro', { amount: refundable ? formatMoney(refundable, locale) : '—' })}</p>
          <StaffForm
            action={refuseOrderAction}
            hidden={{ locale, reference: order.reference }}
            fields={[
              { name: 'note', label: t('refuse.note'), hint: t('refuse.noteHint'), type: 'textarea' },
              { name: 'confirm', label: t('refuse.confirm', { reference: order.reference }), type: 'checkbox', required: true },
            ]}
            submitLabel={t('refuse.submit')}
            variant="danger"
          />
        </section>
      )}

      <OrderDetails order={order} locale={locale} revealAction={revealDocumentAction} />
    </div>
  );
}
