'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { acceptPriceAction } from '@/app/[locale]/checkout/actions';
import type { ActionState } from '@/lib/auth/action-state';
import { RemoveTripItemButton } from '@/components/trip/remove-trip-item-button';
import { primaryButton } from '@/components/forms/buttons';

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
export function PriceChanges({ changes }: { changes: PriceChangeView[] }) {
  const t = useTranslations('checkout.prices');
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
                  <AcceptPrice itemId={change.itemId} label={t('accept', { price: change.price ?? '' })} />
                  <RemoveTripItemButton itemId={change.itemId} label={t('remove', { item: change.heading })} />
                </div>
              </>
            ) : (
              <>
                <p>{t('soldOut')}</p>
                <RemoveTripItemButton itemId={change.itemId} label={t('remove', { item: change.heading })} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AcceptPrice({ itemId, label }: { itemId: string; label: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<ActionState, FormData>(acceptPriceAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="itemId" value={itemId} />
      <button type="submit" className={primaryButton} disabled={pending}>
        {label}
      </button>
      {state.error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {t(state.error)}
        </p>
      )}
    </form>
  );
}
