import { getTranslations } from 'next-intl/server';
import { IndicativePrice } from '@/components/price/indicative-price';
import { formatMoney } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Money, Rates } from '@/lib/money';
import type { PriceBreakdown as Breakdown } from '@/lib/rules';
import type { DisplayCurrency } from '@/lib/rates/display-currencies';

type Props = {
  breakdown: Breakdown;
  /** one label per line, in the same order */
  labels: string[];
  charge: Money;
  converted: boolean;
  locale: Locale;
  displayCurrency: DisplayCurrency | null;
  rates: Rates;
};

/**
 * The price as the last booking step must show it (Agreement 4.3, 4.4): per line the provider's cost in
 * the provider's currency, any promo discount, and the service fee on its own line, marked
 * non-refundable; totals per currency, never added across currencies; the card-currency notice (4.6).
 */
export async function PriceBreakdown({ breakdown, labels, charge, converted, locale, displayCurrency, rates }: Props) {
  const t = await getTranslations({ locale, namespace: 'checkout.price' });
  const m = (money: Money) => formatMoney(money, locale);
  return (
    <section aria-labelledby="price-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="price-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <ul className="flex flex-col gap-3">
        {breakdown.lines.map((line, i) => (
          <li key={i} className="rounded-lg border border-slate-200 p-3">
            <p className="font-medium">{labels[i]}</p>
            <dl className="mt-2 flex flex-col gap-1 text-sm">
              <div className="flex justify-between gap-4">
                <dt>{t('providerCost')}</dt>
                <dd className="text-right tabular-nums">{m(line.providerCost)}</dd>
              </div>
              {line.discount.amount > 0 && (
                <div className="flex justify-between gap-4 text-green-800">
                  <dt>{t('discount')}</dt>
                  <dd className="text-right tabular-nums">{t('minus', { amount: m(line.discount) })}</dd>
                </div>
              )}
              <div className="flex justify-between gap-4">
                <dt>{t('serviceFee')}</dt>
                <dd className="text-right tabular-nums">{m(line.serviceFee)}</dd>
              </div>
              <div className="flex justify-between gap-4 border-t border-slate-200 pt-1 font-semibold">
                <dt>{t('lineTotal')}</dt>
                <dd className="text-right tabular-nums">{m(line.total)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <div className="flex flex-col gap-2">
        <h3 className="font-semibold">{breakdown.totals.length > 1 ? t('totalsByCurrency') : t('total')}</h3>
        <ul className="flex flex-col gap-2">
          {breakdown.totals.map((total) => (
            <li key={total.currency}>
              <dl className="flex flex-col gap-1 rounded-lg bg-sand-50 p-3 text-sm">
                {total.discount.amount > 0 && (
                  <div className="flex justify-between gap-4">
                    <dt>{t('discountTotal', { currency: total.currency })}</dt>
                    <dd className="text-right tabular-nums">{t('minus', { amount: m(total.discount) })}</dd>
                  </div>
                )}
                <div className="flex justify-between gap-4">
                  <dt>{t('serviceFeeTotal', { currency: total.currency })}</dt>
                  <dd className="text-right tabular-nums">{m(total.serviceFee)}</dd>
                </div>
                <div className="flex justify-between gap-4 text-base font-bold">
                  <dt>{t('totalIn', { currency: total.currency })}</dt>
                  <dd className="text-right">
                    <IndicativePrice price={total.total} locale={locale} displayCurrency={displayCurrency} rates={rates} />
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      </div>
      <p className="rounded-lg border border-brand-600 bg-brand-50 p-3 font-semibold">
        {t('charge', { amount: m(charge) })}
        {converted && <span className="mt-1 block text-sm font-normal">{t('chargeConverted', { date: rates.asOf })}</span>}
      </p>
      <p className="text-sm text-slate-700">{t('serviceFeeNote')}</p>
      <p className="text-sm text-slate-700">{t('cardCurrencyNote')}</p>
    </section>
  );
}
