import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { formatMoney, formatWithZone } from '@/lib/i18n/format';
import { toMajorString, type Money } from '@/lib/money';
import { NotFoundError } from '@/lib/auth/errors';
import { currentRequestContext, requireRole } from '@/lib/auth/viewer';
import { getRequestForStaff } from '@/lib/after-sales/staff/get-request-for-staff';
import { OrderDetails } from '@/components/support/order-details';
import { StaffForm } from '@/components/support/staff-form';
import { badgeClass, card, h1, h2, link, notice, status as statusClass } from '@/components/support/ui';
import {
  approveRefundAction,
  completeChangeAction,
  rejectRequestAction,
  replyToRequestAction,
  revealDocumentAction,
  setChangeChargeAction,
} from '../../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/support/requests/[id]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'backOffice' });
  return { title: t('request.title'), robots: { index: false } };
}

const DONE = ['approved', 'alreadyDecided', 'rejected', 'messageSent', 'chargeSet', 'completed'] as const;
const QUOTE_PARTS = ['penalty', 'agencyFee', 'serviceFeeKept', 'refund', 'airlineCharge', 'total'] as const;

function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && typeof (v as Money).amount === 'number' && typeof (v as Money).currency === 'string';
}

/** One service request with the order, its rules, the quote, payments and the actions (issue 9). */
export default async function StaffRequestPage({ params, searchParams }: PageProps<'/[locale]/support/requests/[id]'>) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const viewer = await requireRole({ locale, returnTo: `/support/requests/${id}` }, 'SUPPORT', 'ADMIN');
  let request;
  try {
    request = await getRequestForStaff(viewer, id, await currentRequestContext());
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const query = await searchParams;
  const done = DONE.find((d) => d === query.done);
  const [t] = await Promise.all([getTranslations({ locale, namespace: 'backOffice' })]);
  const date = (d: Date | null) => (d ? formatWithZone(d, 'UTC', locale as Locale) : '—');
  const cur = request.approvable.currency;
  const max: Money = { amount: request.approvable.ceiling, currency: cur };
  const quote = request.quote && typeof request.quote === 'object' ? (request.quote as Record<string, unknown>) : null;

  const facts: [string, string][] = [
    [t('request.fields.kind'), t(`kinds.${request.kind}`)],
    [t('request.fields.topic'), t(`topics.${request.topic}`)],
    [t('request.fields.status'), t(`statuses.${request.status}`)],
    [t('request.fields.clause'), request.clause ?? '—'],
    [t('request.fields.openedBy'), t(`openedBy.${request.openedBy}`)],
    [t('request.fields.created'), date(request.createdAt)],
    [t('request.fields.maxRefund'), request.maxRefundMinor !== null && request.refundCurrency ? formatMoney({ amount: request.maxRefundMinor, currency: request.refundCurrency }, locale) : '—'],
    [t('request.fields.approvedRefund'), request.approvedRefundMinor !== null && request.refundCurrency ? formatMoney({ amount: request.approvedRefundMinor, currency: request.refundCurrency }, locale) : '—'],
    [t('request.fields.charge'), request.chargeMinor !== null && request.chargeCurrency ? formatMoney({ amount: request.chargeMinor, currency: request.chargeCurrency }, locale) : '—'],
    [t('request.fields.decided'), date(request.decidedAt)],
    [t('request.fields.note'), request.decisionNote ?? '—'],
  ];

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/support" className={link}>{t('request.back')}</Link>
      </p>
      <div>
        <h1 className={h1}>{t('request.heading', { reference: request.reference })}</h1>
        <p className="mt-2">
          <Link href={`/support/orders/${request.order.reference}`} className={link}>{t('request.orderLink', { reference: request.order.reference })}</Link>
        </p>
      </div>
      {done && <p role="status" className={statusClass}>{t(`request.done.${done}`)}</p>}

      <section aria-labelledby="request-facts" className={card}>
        <h2 id="request-facts" className={h2}>{t('request.factsHeading')}</h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
          <dt className="font-medium text-slate-700">{t('request.fields.due')}</dt>
          <dd data-testid="request-deadline" data-deadline={request.deadline}>
            {date(request.dueAt)}
            {(request.deadline === 'close' || request.deadline === 'late') && <span className={`ml-2 ${badgeClass[request.deadline]}`}>{t(`deadline.${request.deadline}`)}</span>}
          </dd>
        </dl>
        {request.details.length > 0 && (
          <>
            <h3 className="font-semibold">{t('request.detailsHeading')}</h3>
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
              {request.details.map(([key, value]) => (
                <div key={key} className="contents">
                  <dt className="font-medium text-slate-700"><code>{key}</code></dt>
                  <dd className="break-words">{value}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
        {quote && (
          <>
            <h3 className="font-semibold">{t('request.quoteHeading')}</h3>
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]" data-testid="stored-quote">
              {QUOTE_PARTS.filter((k) => isMoney(quote[k])).map((k) => (
                <div key={k} className="contents">
                  <dt className="font-medium text-slate-700">{t(`quote.${k}`)}</dt>
                  <dd>{formatMoney(quote[k] as Money, locale)}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </section>

      {request.canDecide && (
        <section aria-labelledby="approve-heading" className={card}>
          <h2 id="approve-heading" className={h2}>{t('approve.heading')}</h2>
          <p data-testid="approve-max">{t('approve.max', { max: formatMoney(max, locale), rules: formatMoney({ amount: request.approvable.rulesMax, currency: cur }, locale) })}</p>
          {request.cancelsItems && <p className={notice}>{t('approve.cancelsItems')}</p>}
          <StaffForm
            action={approveRefundAction}
            hidden={{ locale, requestId: request.id, currency: cur }}
            fields={[
              {
                name: 'mode',
                label: t('approve.mode'),
                type: 'radio',
                defaultValue: 'FULL',
                options: [
                  { value: 'FULL', label: t('approve.full', { max: formatMoney(max, locale) }) },
                  { value: 'PARTIAL', label: t('approve.partial') },
                ],
              },
              { name: 'amount', label: t('approve.amount', { currency: cur }), hint: t('approve.amountHint', { max: toMajorString(max) }), type: 'text', inputMode: 'decimal' },
              { name: 'note', label: t('approve.note'), type: 'textarea' },
            ]}
            submitLabel={t('approve.submit')}
          />
        </section>
      )}

      {request.canSetCharge && (
        <section aria-labelledby="charge-heading" className={card}>
          <h2 id="charge-heading" className={h2}>{t('charge.heading')}</h2>
          <p>{t('charge.intro')}</p>
          <StaffForm
            action={setChangeChargeAction}
            hidden={{ locale, requestId: request.id }}
            fields={[
              { name: 'amount', label: t('charge.amount'), type: 'text', inputMode: 'decimal' },
              { name: 'currency', label: t('charge.currency'), type: 'select', defaultValue: 'AZN', options: ['AZN', 'USD', 'EUR', 'KZT', 'RUB', 'GEL', 'TRY'].map((c) => ({ value: c, label: c })) },
            ]}
            submitLabel={t('charge.submit')}
          />
        </section>
      )}

      {request.canComplete && (
        <section aria-labelledby="complete-heading" className={card}>
          <h2 id="complete-heading" className={h2}>{t('complete.heading')}</h2>
          <StaffForm action={completeChangeAction} hidden={{ locale, requestId: request.id }} fields={[{ name: 'note', label: t('approve.note'), type: 'textarea' }]} submitLabel={t('complete.submit')} variant="secondary" />
        </section>
      )}

      {(request.canDecide || request.status === 'AWAITING_PAYMENT') && (
        <section aria-labelledby="reject-heading" className={card}>
          <h2 id="reject-heading" className={h2}>{t('reject.heading')}</h2>
          <StaffForm
            action={rejectRequestAction}
            hidden={{ locale, requestId: request.id }}
            fields={[{ name: 'reason', label: t('reject.reason'), hint: t('reject.reasonHint'), type: 'textarea', required: true }]}
            submitLabel={t('reject.submit')}
            variant="danger"
          />
        </section>
      )}

      <section aria-labelledby="messages-heading" className={card}>
        <h2 id="messages-heading" className={h2}>{t('messages.heading')}</h2>
        {request.messages.length === 0 ? (
          <p>{t('messages.none')}</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {request.messages.map((m) => (
              <li key={m.id} className="rounded-md border border-slate-200 p-3">
                <p className="text-sm font-semibold text-slate-700">
                  {t(`messages.authors.${m.author}`)} · {date(m.createdAt)}
                </p>
                <p className="whitespace-pre-wrap break-words">{m.author === 'SYSTEM' ? t.has(`messages.system.${m.body}`) ? t(`messages.system.${m.body}` as never) : m.body : m.body}</p>
              </li>
            ))}
          </ol>
        )}
        <StaffForm action={replyToRequestAction} hidden={{ locale, requestId: request.id }} fields={[{ name: 'body', label: t('messages.reply'), hint: t('messages.replyHint'), type: 'textarea' }]} submitLabel={t('messages.send')} variant="secondary" />
      </section>

      <OrderDetails order={request.order} locale={locale} revealAction={revealDocumentAction} />
    </div>
  );
}
