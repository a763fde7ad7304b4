import { getTranslations } from 'next-intl/server';
import { formatMoney } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Money } from '@/lib/money';
import type { PriceBreakdown } from '@/lib/rules';

type Props = { breakdown: PriceBreakdown; labels: string[]; charge: Money; converted: boolean; ratesAsOf: string; locale: Locale; variant: 'sticky' | 'collapsible' };

/**
 * Checkout's price summary (issue 20): each booking's total, the grand total the card is charged and
 * the currency it is charged in (Agreement 4.3, 4.6), always in view. On wide screens a column that
 * stays beside the form as it scrolls; on a phone a collapsed line with the total that opens to the
 * lines. The full breakdown stays in the form (PriceBreakdown). Both come from lib/pricing's quote.
 */
export async function PriceSummary({ breakdown, labels, charge, converted, ratesAsOf, locale, variant }: Props) {
  const t = await getTranslations({ locale, namespace: 'checkout.price' });
  const m = (money: Money) => formatMoney(money, locale);
  const body = (
    <div className="flex flex-col gap-2 text-sm">
      <ul className="flex flex-col gap-1">
        {breakdown.lines.map((line, i) => (
          <li key={i} className="flex justify-between gap-3">
            <span className="min-w-0">{labels[i]}</span>
            <span className="shrink-0 tabular-nums">{m(line.total)}</span>
          </li>
        ))}
      </ul>
      <p className="text-slate-600">{t('summary.fees')}</p>
      <p className="flex justify-between gap-3 border-t border-slate-200 pt-2 text-base font-bold">
        <span>{t('total')}</span>
        <span className="tabular-nums" data-testid={`checkout-summary-total-${variant}`}>
          {m(charge)}
        </span>
      </p>
      <p className="text-slate-700">{converted ? t('chargeConverted', { date: ratesAsOf }) : t('summary.supplierCurrency', { currency: charge.currency })}</p>
    </div>
  );
  if (variant === 'collapsible') {
    return (
      <details className="rounded-xl border border-slate-200 bg-white p-3 lg:hidden" data-testid="checkout-summary-collapsible">
        <summary className="cursor-pointer font-semibold">{t('summary.toggle', { amount: m(charge) })}</summary>
        <div className="mt-2">{body}</div>
      </details>
    );
  }
  return (
    <aside aria-labelledby="price-summary-heading" className="hidden self-start rounded-xl border border-slate-200 bg-white p-4 lg:sticky lg:top-4 lg:block" data-testid="checkout-summary-sticky">
      <h2 id="price-summary-heading" className="mb-2 font-semibold">
        {t('summary.heading')}
      </h2>
      {body}
    </aside>
  );
}
