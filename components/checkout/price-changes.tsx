import { getTranslations } from 'next-intl/server';
import { RemoveTripItemButton } from '@/components/trip/remove-trip-item-button';
import { AcceptPriceForm } from './accept-price-form';

export type PriceChangeView = {
  itemId: string;
  heading: string;
  status: 'PRICE_CHANGED' | 'SOLD_OUT';
  previous: string;
  price: string | null;
};

/**
 * Offers whose price changed or that sold out since they were added (re-priced through the supplier
 * boundary on every visit). A new price is applied only when the traveller accepts it here.
 */
export async function PriceChanges({ changes, locale }: { changes: PriceChangeView[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'checkout.prices' });
  const tTrip = await getTranslations({ locale, namespace: 'trip' });
  return (
    <section aria-labelledby="changes-heading" className="flex flex-col gap-3 rounded-xl border border-amber-400 bg-amber-50 p-4 text-amber-950">
      <h2 id="changes-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <ul className="flex flex-col gap-3">
        {changes.map((change) => (
          <li key={change.itemId} className="flex flex-col gap-2 rounded-lg bg-white p-3 text-slate-900">
            <p className="font-medium">{change.heading}</p>
            {change.status === 'PRICE_CHANGED' ? (
              <>
                <p>{t('changed', { previous: change.previous, price: change.price ?? '' })}</p>
                <div className="flex flex-wrap gap-2">
                  <AcceptPriceForm itemId={change.itemId} locale={locale} label={t('accept', { price: change.price ?? '' })} />
                  <RemoveTripItemButton itemId={change.itemId} locale={locale} label={t('remove', { item: change.heading })} text={tTrip('removeShort')} />
                </div>
              </>
            ) : (
              <>
                <p>{t('soldOut')}</p>
                <RemoveTripItemButton itemId={change.itemId} locale={locale} label={t('remove', { item: change.heading })} text={tTrip('removeShort')} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
