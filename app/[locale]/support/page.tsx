import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { requireRole } from '@/lib/auth/viewer';
import { Link } from '@/lib/i18n/link';
import { formatMoney, formatWithZone } from '@/lib/i18n/format';
import { normaliseOrderReference } from '@/lib/booking/generate-order-reference';
import { QUEUE_DEADLINES, QUEUE_KINDS, QUEUE_STATUSES, listQueue, queueFilterSchema } from '@/lib/after-sales/staff/list-queue';
import { SelectField, TextField } from '@/components/forms/field';
import { badgeClass, card, deadlineClass, h1, h2, link, primaryButton, table, td, th } from '@/components/support/ui';

export async function generateMetadata({ params }: PageProps<'/[locale]/support'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'backOffice' });
  return { title: t('queue.title'), robots: { index: false } };
}

/** The back-office queue (issue 9): SUPPORT and ADMIN only, checked here and in lib/after-sales/staff. */
export default async function SupportPage({ params, searchParams }: PageProps<'/[locale]/support'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireRole({ locale, returnTo: '/support' }, 'SUPPORT', 'ADMIN');
  const query = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const filter = queueFilterSchema.parse({ kind: one(query.kind), status: one(query.status), deadline: one(query.deadline), q: one(query.q) ?? '' });
  const [items, t, tPrivacy] = await Promise.all([
    listQueue(viewer, { filter }),
    getTranslations({ locale, namespace: 'backOffice' }),
    getTranslations({ locale, namespace: 'privacy' }),
  ]);
  const date = (d: Date) => formatWithZone(d, 'UTC', locale as Locale);
  const orderReference = filter.q ? normaliseOrderReference(filter.q) : null;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className={h1}>{t('queue.heading')}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t('queue.intro')}</p>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li><Link href="/support/data-requests" className={link}>{t('nav.dataRequests')}</Link></li>
          <li><Link href="/support/schedule-changes" className={link}>{t('nav.scheduleChanges')}</Link></li>
          <li><Link href="/support/office-payments" className={link}>{t('nav.officePayments')}</Link></li>
          {viewer.role === 'ADMIN' && (
            <>
              <li><Link href="/admin/promo-codes" className={link}>{t('nav.promoCodes')}</Link></li>
              <li><Link href="/admin/fees" className={link}>{t('nav.fees')}</Link></li>
              <li><Link href="/admin/staff" className={link}>{t('nav.staff')}</Link></li>
            </>
          )}
        </ul>
      </nav>

      <section aria-labelledby="filter-heading" className={card}>
        <h2 id="filter-heading" className={h2}>{t('queue.filterHeading')}</h2>
        <form method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
          <TextField id="queue-q" name="q" type="search" label={t('queue.search')} hint={t('queue.searchHint')} defaultValue={filter.q} className="lg:col-span-2" />
          <SelectField id="queue-kind" name="kind" label={t('queue.kind')} defaultValue={filter.kind} options={QUEUE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
          <SelectField id="queue-status" name="status" label={t('queue.status')} defaultValue={filter.status} options={QUEUE_STATUSES.map((s) => ({ value: s, label: t(`queue.statuses.${s}`) }))} />
          <SelectField id="queue-deadline" name="deadline" label={t('queue.deadline')} defaultValue={filter.deadline} options={QUEUE_DEADLINES.map((d) => ({ value: d, label: t(`queue.deadlines.${d}`) }))} />
          <div>
            <button type="submit" className={primaryButton}>{t('queue.apply')}</button>
          </div>
        </form>
        {orderReference && (
          <p>
            <Link href={`/support/orders/${orderReference}`} className={link}>{t('queue.openOrder', { reference: orderReference })}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="queue-heading" className={card}>
        <h2 id="queue-heading" className={h2}>{t('queue.listHeading', { count: items.length })}</h2>
        {items.length === 0 ? (
          <p>{t('queue.empty')}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-labelledby="queue-heading" tabIndex={0}>
            <table className={table}>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={th}>{t('queue.columns.reference')}</th>
                  <th scope="col" className={th}>{t('queue.columns.kind')}</th>
                  <th scope="col" className={th}>{t('queue.columns.order')}</th>
                  <th scope="col" className={th}>{t('queue.columns.status')}</th>
                  <th scope="col" className={th}>{t('queue.columns.amount')}</th>
                  <th scope="col" className={th}>{t('queue.columns.due')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={`${item.source}-${item.id}`} className="border-b border-slate-200" data-testid="queue-row" data-deadline={item.deadline}>
                    <td className={td}>
                      {item.source === 'SUPPLIER' ? (
                        <span className="break-all">{item.reference}</span>
                      ) : (
                        <Link href={item.source === 'DATA' ? `/support/data-requests/${item.id}` : `/support/requests/${item.id}`} className={link}>
                          {item.reference}
                        </Link>
                      )}
                      <span className="block text-xs text-slate-600 break-all">{item.maskedEmail}</span>
                    </td>
                    <td className={td}>
                      {t(`kinds.${item.kind}`)}
                      <span className="block text-xs text-slate-700">{item.source === 'DATA' ? tPrivacy(`request.kinds.${item.topic}.label` as never) : t(`topics.${item.topic}`)}</span>
                    </td>
                    <td className={td}>
                      {item.orderReference ? <Link href={`/support/orders/${item.orderReference}`} className={link}>{item.orderReference}</Link> : '—'}
                    </td>
                    <td className={td}>{item.source === 'DATA' ? tPrivacy(`statuses.${item.status}` as never) : t(`statuses.${item.status}`)}</td>
                    <td className={`${td} whitespace-nowrap`}>{item.amount ? formatMoney(item.amount, locale) : '—'}</td>
                    <td className={`${td} whitespace-nowrap ${deadlineClass[item.deadline]}`}>
                      {item.dueAt ? date(item.dueAt) : '—'}
                      {(item.deadline === 'close' || item.deadline === 'late') && (
                        <span className={`ml-2 ${badgeClass[item.deadline]}`}>{t(`deadline.${item.deadline}`)}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
