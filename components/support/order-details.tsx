import { getTranslations } from 'next-intl/server';
import { formatRuleValues } from '@/components/search/format';
import { formatMoney, formatWithZone } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { StaffOrderDetail } from '@/lib/after-sales/staff/load-order-detail';
import type { ActionState } from '@/lib/auth/action-state';
import { StaffForm } from './staff-form';
import { card, h2, table, td, th } from './ui';

type Props = {
  order: StaffOrderDetail;
  locale: Locale;
  revealAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

/**
 * The order as staff see it: items with their rules and today's cancellation quote, passengers with
 * masked documents (the full number only with a reason, logged), payments and refunds, its history.
 */
export async function OrderDetails({ order, locale, revealAction }: Props) {
  const [t, tRules] = await Promise.all([
    getTranslations({ locale, namespace: 'backOffice' }),
    getTranslations({ locale, namespace: 'rules' }),
  ]);
  const date = (d: Date | null) => (d ? formatWithZone(d, 'UTC', locale as Locale) : '—');
  const summary = order.refundSummary;

  return (
    <>
      <section aria-labelledby="order-items-heading" className={card}>
        <h2 id="order-items-heading" className={h2}>{t('order.itemsHeading', { reference: order.reference })}</h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium text-slate-700">{t('order.status')}</dt>
          <dd>{t(`orderStatuses.${order.status}`)}</dd>
          <dt className="font-medium text-slate-700">{t('order.contact')}</dt>
          <dd className="break-all">{order.contactEmail}</dd>
          <dt className="font-medium text-slate-700">{t('order.language')}</dt>
          <dd>{order.locale}</dd>
          <dt className="font-medium text-slate-700">{t('order.placed')}</dt>
          <dd>{date(order.createdAt)}</dd>
          <dt className="font-medium text-slate-700">{t('order.feeSchedule')}</dt>
          <dd>{order.feeScheduleVersion ?? '—'}</dd>
        </dl>
        <ul className="flex flex-col gap-3">
          {order.items.map((item) => (
            <li key={item.id} className="rounded-md border border-slate-200 p-3" data-testid="staff-order-item">
              <p className="font-semibold">
                {t(`itemKinds.${item.kind}`)}: {item.title}
              </p>
              <p className="text-sm text-slate-700">
                {t('order.itemLine', { starts: formatWithZone(item.startsAt, item.timeZone, locale), price: formatMoney(item.price, locale), fee: formatMoney(item.serviceFee, locale) })}
              </p>
              {item.cancelledAt ? (
                <p className="text-sm font-semibold text-slate-900">{t('order.cancelledAt', { at: item.cancelledAt ? formatWithZone(item.cancelledAt, item.timeZone, locale) : '—' })}</p>
              ) : item.quoteNow ? (
                <p className="text-sm">
                  {t('order.quoteNow', {
                    refund: formatMoney(item.quoteNow.refund, locale),
                    penalty: formatMoney(item.quoteNow.penalty, locale),
                    agencyFee: formatMoney(item.quoteNow.agencyFee, locale),
                    serviceFee: formatMoney(item.quoteNow.serviceFeeKept, locale),
                    clause: item.quoteNow.clause,
                  })}
                  {item.refundNow && item.refundNow.currency !== item.quoteNow.refund.currency && ` (${formatMoney(item.refundNow, locale)})`}
                </p>
              ) : null}
              {item.rules.length > 0 && (
                <details className="mt-2">
                  <summary className="cursor-pointer font-medium">{t('order.rules')}</summary>
                  <ul className="mt-1 list-disc pl-6 text-sm">
                    {item.rules.map((m, i) => (
                      <li key={`${m.key}-${i}`}>{tRules(m.key as 'common.refundToCard', formatRuleValues(m.values, locale, 'UTC') as never)}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="passengers-heading" className={card}>
        <h2 id="passengers-heading" className={h2}>{t('order.passengersHeading')}</h2>
        {order.passengers.length === 0 ? (
          <p>{t('order.noPassengers')}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {order.passengers.map((p) => (
              <li key={p.id} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium">{p.name}</p>
                <p className="text-sm text-slate-700">
                  {t(`passengerRoles.${p.role}`)} · {t('order.document', { number: p.maskedDocument ?? '—' })}
                </p>
                {p.maskedDocument && (
                  <details className="mt-2">
                    <summary className="cursor-pointer font-medium">{t('reveal.open')}</summary>
                    <div className="mt-2">
                      <StaffForm
                        action={revealAction}
                        hidden={{ locale, passengerId: p.id }}
                        fields={[{ name: 'reason', label: t('reveal.reason'), hint: t('reveal.reasonHint'), type: 'text' }]}
                        submitLabel={t('reveal.submit')}
                        variant="secondary"
                      />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="payments-heading" className={card}>
        <h2 id="payments-heading" className={h2}>{t('payments.heading')}</h2>
        {summary && (
          <p data-testid="refund-summary">
            {t('payments.summary', {
              captured: formatMoney(summary.captured, locale),
              refunded: formatMoney(summary.refunded, locale),
              inFlight: formatMoney(summary.inFlight, locale),
              refundable: formatMoney(summary.refundable, locale),
            })}
          </p>
        )}
        {order.payments.length === 0 ? (
          <p>{t('payments.none')}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-labelledby="payments-heading" tabIndex={0}>
            <table className={table}>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={th}>{t('payments.columns.created')}</th>
                  <th scope="col" className={th}>{t('payments.columns.method')}</th>
                  <th scope="col" className={th}>{t('payments.columns.status')}</th>
                  <th scope="col" className={th}>{t('payments.columns.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {order.payments.map((p) => (
                  <tr key={p.id} className="border-b border-slate-200">
                    <td className={td}>{date(p.createdAt)}</td>
                    <td className={td}>{t(`payments.methods.${p.method}`)} ({p.provider})</td>
                    <td className={td}>{t(`payments.statuses.${p.status}`)}</td>
                    <td className={`${td} whitespace-nowrap`}>{formatMoney(p.amount, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {summary && summary.refunds.length > 0 && (
          <>
            <h3 className="font-semibold">{t('payments.refundsHeading')}</h3>
            <ul className="flex flex-col gap-1 text-sm" data-testid="refund-list">
              {summary.refunds.map((r) => (
                <li key={r.id}>
                  {t('payments.refundLine', { amount: formatMoney(r.amount, locale), status: t(`payments.refundStatuses.${r.status}`), at: date(r.createdAt), ref: r.providerRefundRef ?? '—' })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="history-heading" className={card}>
        <h2 id="history-heading" className={h2}>{t('order.historyHeading')}</h2>
        <ul className="flex flex-col gap-1 text-sm">
          {order.events.map((e, i) => (
            <li key={i}>
              {date(e.at)} · {e.from ? `${t(`orderStatuses.${e.from}`)} → ` : ''}
              {t(`orderStatuses.${e.to}`)} · <code>{e.reason}</code>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
