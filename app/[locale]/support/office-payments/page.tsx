import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { formatMoney, formatWithZone } from '@/lib/i18n/format';
import { requireRole } from '@/lib/auth/viewer';
import { listOfficePayments } from '@/lib/after-sales/staff/list-office-payments';
import { StaffForm } from '@/components/support/staff-form';
import { badgeClass, card, h1, h2, link } from '@/components/support/ui';
import { markOfficePaymentPaidAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/support/office-payments'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'backOffice' });
  return { title: t('office.title'), robots: { index: false } };
}

/** Orders waiting for payment at the office (Agreement 4.1); support confirm the money arrived. */
export default async function OfficePaymentsPage({ params }: PageProps<'/[locale]/support/office-payments'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireRole({ locale, returnTo: '/support/office-payments' }, 'SUPPORT', 'ADMIN');
  const [payments, t] = await Promise.all([listOfficePayments(viewer), getTranslations({ locale, namespace: 'backOffice' })]);
  const date = (d: Date | null) => (d ? formatWithZone(d, 'UTC', locale as Locale) : '—');

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/support" className={link}>{t('request.back')}</Link>
      </p>
      <div>
        <h1 className={h1}>{t('office.heading')}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t('office.intro')}</p>
      </div>
      <section aria-labelledby="office-list-heading" className={card}>
        <h2 id="office-list-heading" className={h2}>{t('office.listHeading', { count: payments.length })}</h2>
        {payments.length === 0 ? (
          <p>{t('office.none')}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {payments.map((p) => (
              <li key={p.paymentId} className="flex flex-wrap items-end justify-between gap-3 rounded-md border border-slate-200 p-3" data-testid="office-payment">
                <div>
                  <p className="font-semibold">
                    <Link href={`/support/orders/${p.orderReference}`} className={link}>{p.orderReference}</Link> · {formatMoney(p.amount, locale)}
                  </p>
                  <p className="text-sm text-slate-700 break-all">{p.maskedEmail}</p>
                  <p className="text-sm">
                    {t('office.deadline', { at: date(p.deadlineAt) })}
                    {(p.deadline === 'close' || p.deadline === 'late') && <span className={`ml-2 ${badgeClass[p.deadline]}`}>{t(`deadline.${p.deadline}`)}</span>}
                  </p>
                </div>
                <StaffForm action={markOfficePaymentPaidAction} hidden={{ locale, paymentId: p.paymentId }} fields={[]} submitLabel={t('office.markPaid', { reference: p.orderReference })} inline />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
