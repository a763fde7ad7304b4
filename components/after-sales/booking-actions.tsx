import { getTranslations } from 'next-intl/server';
import { acceptAirlineChangeAction } from '@/app/[locale]/booking/[reference]/airline-change/actions';
import { getOrderAfterSalesState } from '@/lib/after-sales/get-order-after-sales-state';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { AcceptAirlineChangeForm } from './accept-airline-change-form';
import { card, h2, link, notice } from './ui';

export type BookingSectionProps = { orderId: string; reference: string; locale: Locale };

/**
 * "What can be done next" on a booking (cancel with the quote shown first, change, ask): rendered by
 * the booking page of /booking and of the account, with the order id its access check gave.
 */
export async function BookingActions({ orderId, reference, locale }: BookingSectionProps) {
  const state = await getOrderAfterSalesState(orderId);
  if (!state) return null;
  const t = await getTranslations({ locale, namespace: 'afterSales' });
  const base = `/booking/${reference}`;
  return (
    <section aria-labelledby="booking-actions-heading" className={card}>
      <h2 id="booking-actions-heading" className={h2}>
        {t('actions.heading')}
      </h2>
      {state.airlineChangePending && (
        // The airline changed the schedule (shown above with the new times): accept it, or ask support.
        <div className={`${notice} flex flex-col gap-2`} data-testid="airline-change">
          <p>{t('airlineChange.intro')}</p>
          <AcceptAirlineChangeForm action={acceptAirlineChangeAction} reference={reference} locale={locale} />
          <p>
            <Link href={`${base}/requests/new`} className={link}>
              {t('airlineChange.ask')}
            </Link>
          </p>
        </div>
      )}
      <ul className="flex flex-col gap-2">
        {state.cancellable && (
          <li>
            <Link href={`${base}/cancel`} className={link}>
              {t('actions.cancel')}
            </Link>
          </li>
        )}
        {state.changeable && (
          <li>
            <Link href={`${base}/change`} className={link}>
              {t('actions.change')}
            </Link>
          </li>
        )}
        <li>
          <Link href={`${base}/requests/new`} className={link}>
            {t('actions.ask')}
          </Link>
        </li>
      </ul>
      {state.notYetIssued && <p className="text-sm text-slate-600">{t('actions.notAvailable')}</p>}
    </section>
  );
}
