import { getTranslations } from 'next-intl/server';
import type { OrderCancellationQuote } from '@/lib/after-sales/quote-order-cancellation';
import { formatInZone, formatMoney, zoneLabel } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { dl, h2, notice } from './ui';

/**
 * The quote as the rules computed it, per item (in the item's currency) and in total (in the payment's
 * currency): penalty, agency fee, service fee kept, refund, the clause and the reason in words.
 */
export async function CancellationQuoteView({ quote, locale }: { quote: OrderCancellationQuote; locale: Locale }) {
  const [t, tr] = await Promise.all([getTranslations({ locale, namespace: 'afterSales' }), getTranslations({ locale, namespace: 'rules' })]);
  const hasFlight = quote.items.some((i) => i.handling === 'SUPPORT');
  return (
    <section aria-labelledby="quote-heading" className="flex flex-col gap-3">
      <h2 id="quote-heading" className={h2}>
        {t('cancel.quoteHeading')}
      </h2>
      <p className="text-sm text-slate-600">{t('cancel.quotedAt', { time: `${formatInZone(quote.at, 'Asia/Baku', locale)} (${zoneLabel(quote.at, 'Asia/Baku', locale)})` })}</p>
      <ul className="flex flex-col gap-3">
        {quote.items.map((item) => (
          <li key={item.itemId} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-semibold">
              {t(`kinds.${item.kind}`)}
              {': '}
              {item.title}
            </h3>
            <dl className={`${dl} mt-2`}>
              <dt className="text-slate-600">{t('money.penalty')}</dt>
              <dd>{formatMoney(item.quote.penalty, locale)}</dd>
              <dt className="text-slate-600">{t('money.agencyFee')}</dt>
              <dd>{formatMoney(item.quote.agencyFee, locale)}</dd>
              <dt className="text-slate-600">{t('money.serviceFeeKept')}</dt>
              <dd>{formatMoney(item.quote.serviceFeeKept, locale)}</dd>
              <dt className="text-slate-600">{t('money.refund')}</dt>
              <dd className="font-semibold">{formatMoney(item.quote.refund, locale)}</dd>
              <dt className="text-slate-600">{t('money.clause')}</dt>
              <dd>{item.quote.clause}</dd>
              <dt className="text-slate-600">{t('money.reason')}</dt>
              <dd>{tr(`reasons.${item.quote.reason}`)}</dd>
            </dl>
            {!item.quote.allowed && (
              <p className={`${notice} mt-2`} data-testid="not-allowed">
                {t('cancel.notAllowed')}
              </p>
            )}
          </li>
        ))}
      </ul>
      {quote.allowed && (
        <div className="flex flex-col gap-1" data-testid="quote-total">
          {quote.items.some((i) => i.handling === 'IMMEDIATE') && <p className="font-semibold">{t('cancel.immediateRefund', { amount: formatMoney(quote.immediateRefund, locale) })}</p>}
          {hasFlight && <p className="font-semibold">{t('cancel.supportRefund', { amount: formatMoney(quote.supportRefund, locale) })}</p>}
        </div>
      )}
      {hasFlight && <p className="text-sm text-slate-700">{t('cancel.flightNote')}</p>}
      <p className="text-sm text-slate-700">{t('cancel.serviceFeeNote')}</p>
      {!quote.allowed && quote.items.length > 1 && <p className={notice}>{t('cancel.notAllowedOrder')}</p>}
    </section>
  );
}
