import { getTranslations } from 'next-intl/server';
import { formatMoney } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Money } from '@/lib/money';

/**
 * The trip's grand total (issue 20): the amount the card is charged, service fees included, as
 * lib/pricing decides it (one currency as is, several converted into one at the stored rates,
 * Agreement 4.3, 4.6).
 */
export async function TripGrandTotal({ charge, converted, ratesAsOf, locale }: { charge: Money; converted: boolean; ratesAsOf: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'trip.grandTotal' });
  return (
    <section aria-labelledby="grand-total-heading" className="flex flex-col gap-1 rounded-xl border border-brand-600 bg-brand-50 p-4">
      <h2 id="grand-total-heading" className="font-semibold">
        {t('heading')}
      </h2>
      <p className="text-xl font-bold tabular-nums" data-testid="trip-grand-total">
        {t('amount', { amount: formatMoney(charge, locale) })}
      </p>
      {converted && <p className="text-sm text-slate-700">{t('converted', { currency: charge.currency, date: ratesAsOf })}</p>}
    </section>
  );
}
