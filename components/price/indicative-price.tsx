import { getTranslations } from 'next-intl/server';
import { convert, type Money, type Rates } from '@/lib/money';
import { formatMoney } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { DisplayCurrency } from '@/lib/rates/display-currencies';

type Props = { price: Money; locale: Locale; displayCurrency: DisplayCurrency | null; rates: Rates | null; className?: string };

/**
 * The binding price in the supplier's currency (Agreement 4.3), and, when the traveller chose another
 * display currency, an amount labelled as indicative with the rate date (Agreement 4.6).
 */
export async function IndicativePrice({ price, locale, displayCurrency, rates, className }: Props) {
  const t = await getTranslations({ locale, namespace: 'price' });
  let indicative: string | null = null;
  if (displayCurrency && rates && displayCurrency !== price.currency) {
    try {
      indicative = formatMoney(convert(price, displayCurrency, rates), locale);
    } catch {
      indicative = null; // no rate for this pair: show only the binding price
    }
  }
  return (
    <span className={className}>
      <span className="font-semibold">{formatMoney(price, locale)}</span>
      {indicative && rates && (
        <span className="block text-xs text-slate-600">
          {t('indicative', { amount: indicative, date: rates.asOf })}
        </span>
      )}
    </span>
  );
}
