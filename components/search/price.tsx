import { IndicativePrice } from '@/components/price/indicative-price';
import type { Locale } from '@/lib/i18n/locales';
import type { Money, Rates } from '@/lib/money';
import type { DisplayCurrency } from '@/lib/rates/display-currencies';
import { money } from './format';

/**
 * The binding price in the supplier's currency (Agreement 4.3); with a display currency chosen, the
 * shared IndicativePrice adds the indicative amount. Results pages show many prices, so the common
 * case skips the extra work.
 */
export function Price({ price, locale, displayCurrency, rates, className }: { price: Money; locale: Locale; displayCurrency: DisplayCurrency | null; rates: Rates | null; className?: string }) {
  if (!displayCurrency || !rates || displayCurrency === price.currency) {
    return (
      <span className={className}>
        <span className="font-semibold">{money(price, locale)}</span>
      </span>
    );
  }
  return <IndicativePrice price={price} locale={locale} displayCurrency={displayCurrency} rates={rates} className={className} />;
}
