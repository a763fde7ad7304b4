import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { ItemKind } from '@/lib/rules';
import type { Money } from '@/lib/money';
import { travellerPrice, type DisplayPricing, type TravellerPrice } from '@/lib/pricing/traveller-price';
import type { DisplayCurrency } from '@/lib/rates/display-currencies';
import { money } from './format';

/** What a results page prices with: the display currency of its cache key, the rates and fee schedule in force. */
export type ResultsPricing = DisplayPricing & { displayCurrency: DisplayCurrency };

/** The traveller's total for a supplier price, or, without a rate for the pair, the binding total unconverted. */
export function priceFor(kind: ItemKind, price: Money, pricing: ResultsPricing): TravellerPrice {
  try {
    return travellerPrice(kind, price, pricing.displayCurrency, pricing);
  } catch {
    return travellerPrice(kind, price, price.currency, pricing);
  }
}

/**
 * A result's price (issue 20): what the traveller pays, service fee included and marked so, in the
 * page's one display currency; when that is a conversion, the binding amount in the supplier's
 * currency beside it with the rate date (Agreement 4.3, 4.6). lib/pricing decides every figure.
 */
export async function Price({ kind, price, locale, pricing, className }: { kind: ItemKind; price: Money; locale: Locale; pricing: ResultsPricing; className?: string }) {
  const t = await getTranslations({ locale, namespace: 'price' });
  const total = priceFor(kind, price, pricing);
  return (
    <span className={className}>
      <span className="block font-semibold" data-testid="traveller-price">
        {money(total.display, locale)}
      </span>
      <span className="block text-xs text-slate-600">{t('inclFee')}</span>
      {total.converted && <span className="block text-xs text-slate-600">{t('charged', { amount: money(total.binding, locale), date: pricing.rates.asOf })}</span>}
    </span>
  );
}
