import { getTranslations } from 'next-intl/server';
import type { Itinerary } from '@/lib/documents/load-itinerary';
import { formatMoney } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { momentIn } from '@/components/search/format';

type Props = {
  itinerary: Itinerary;
  locale: Locale;
  /** the receipt PDF and the .ics file; null while the order has no receipt (not paid yet) */
  downloads: { receipt: string; calendar: string } | null;
};

/**
 * The trip on the confirmation page: every service in the local time of its place with the zone named,
 * the totals per currency and what was charged, the downloads and what happens next. Item titles come
 * from lib/booking/item-name (through loadItinerary), never from an enum.
 */
export async function ConfirmationItinerary({ itinerary, locale, downloads }: Props) {
  const t = await getTranslations({ locale, namespace: 'checkout.done.itinerary' });
  const tk = await getTranslations({ locale, namespace: 'trip.kinds' });
  const card = 'flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4';
  const hasTransfer = itinerary.items.some((item) => item.transfer && !item.cancelledAt);
  return (
    <>
      <section aria-labelledby="itinerary-heading" className={card} data-testid="confirmation-itinerary">
        <h2 id="itinerary-heading" className="text-lg font-semibold">
          {t('heading')}
        </h2>
        <ol className="flex flex-col gap-3">
          {itinerary.items.map((item) => (
            <li key={item.id} className="flex flex-col gap-1 border-b border-slate-100 pb-3 last:border-b-0 last:pb-0">
              <p className="text-xs font-medium tracking-wide text-brand-700 uppercase">{tk(item.kind as 'FLIGHT')}</p>
              <p className="font-medium break-words">{item.title}</p>
              <p className="text-sm">{t('starts', { at: momentIn(item.startsAt, item.timeZone, locale) })}</p>
              {item.endsAt && <p className="text-sm">{t('ends', { at: momentIn(item.endsAt, item.endTimeZone, locale) })}</p>}
              {item.transfer?.flightNumber && <p className="text-sm">{t('flightNumber', { flight: item.transfer.flightNumber })}</p>}
              {item.cancelledAt && <p className="text-sm text-red-800">{t('cancelled')}</p>}
              <p className="text-sm tabular-nums">{t('itemTotal', { amount: formatMoney({ amount: item.price.totalMinor, currency: item.price.currency }, locale) })}</p>
            </li>
          ))}
        </ol>
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t border-slate-200 pt-3" data-testid="confirmation-totals">
          {itinerary.totals.map((total) => (
            <div key={total.currency} className="contents">
              <dt>{t('serviceFees', { currency: total.currency })}</dt>
              <dd className="text-right tabular-nums">{formatMoney({ amount: total.serviceFeeMinor, currency: total.currency }, locale)}</dd>
              <dt className="font-semibold">{t('total', { currency: total.currency })}</dt>
              <dd className="text-right font-semibold tabular-nums">{formatMoney({ amount: total.totalMinor, currency: total.currency }, locale)}</dd>
            </div>
          ))}
          {itinerary.charge && (
            <>
              <dt className="font-semibold">{t(itinerary.charge.converted ? 'chargedConverted' : 'charged')}</dt>
              <dd className="text-right font-semibold tabular-nums" data-testid="confirmation-charge">
                {formatMoney(itinerary.charge.amount, locale)}
              </dd>
            </>
          )}
        </dl>
      </section>

      {downloads && (
        <section aria-labelledby="downloads-heading" className={card}>
          <h2 id="downloads-heading" className="text-lg font-semibold">
            {t('downloadsHeading')}
          </h2>
          <ul className="flex flex-col gap-2">
            <li>
              {/* Files, not pages: plain links so the browser saves them. */}
              <a href={downloads.receipt} className="font-medium text-brand-800 underline" download>
                {t('receipt')}
              </a>
            </li>
            <li>
              <a href={downloads.calendar} className="font-medium text-brand-800 underline" download>
                {t('calendar')}
              </a>
            </li>
          </ul>
        </section>
      )}

      <section aria-labelledby="next-steps-heading" className={card}>
        <h2 id="next-steps-heading" className="text-lg font-semibold">
          {t('nextHeading')}
        </h2>
        <ol className="flex list-decimal flex-col gap-1 pl-5">
          <li>{t('next.mail', { email: itinerary.contactEmail })}</li>
          <li>{t('next.documents')}</li>
          {hasTransfer && <li>{t('next.transfer')}</li>}
          <li>{t('next.manage', { reference: itinerary.reference })}</li>
        </ol>
      </section>
    </>
  );
}
