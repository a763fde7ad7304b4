import { getTranslations } from 'next-intl/server';
import { getOrderAfterSalesState } from '@/lib/after-sales/get-order-after-sales-state';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { card, h2, link } from './ui';

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
