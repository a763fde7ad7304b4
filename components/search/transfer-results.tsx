import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import type { TransferOffer } from '@/lib/inventory/supplier';
import { TRANSFER_LEAD_HOURS } from '@/lib/rules';
import { momentIn } from './format';
import { Price, type ResultsPricing } from './price';
import type { SearchT } from './translator';

/** Why a class cannot be booked, each reason in words (Agreement 6.2 for the lead time). */
export function TransferUnavailable({ offer, locale, t }: { offer: TransferOffer; locale: Locale; t: SearchT }) {
  const deadline = momentIn(offer.bookableUntil, offer.pickupTimeZone, locale);
  return (
    <ul className="flex flex-col gap-1 text-sm text-red-800">
      {offer.unavailable.map((reason) => (
        <li key={reason}>
          {reason === 'TRANSFER_BOOKING_TOO_LATE'
            ? t(`transfers.unavailableReasons.${reason}`, { deadline })
            : reason === 'TOO_MANY_PASSENGERS'
              ? t(`transfers.unavailableReasons.${reason}`, { count: offer.passengers })
              : reason === 'TOO_MANY_BAGS'
                ? t(`transfers.unavailableReasons.${reason}`, { count: offer.bags })
                : t(`transfers.unavailableReasons.${reason}`)}
        </li>
      ))}
    </ul>
  );
}

export function TransferClassRow({ offer, locale, t, pricing, offerQuery }: { offer: TransferOffer; locale: Locale; t: SearchT; pricing: ResultsPricing; offerQuery: string }) {
  const available = offer.unavailable.length === 0;
  const name = t(`transfers.classes.${offer.vehicleClass}`);
  const headingId = `class-${offer.vehicleClass}`;
  return (
    <li>
      <article
        aria-labelledby={headingId}
        className={`flex flex-col gap-3 rounded-xl border p-4 sm:flex-row sm:items-center sm:justify-between ${available ? 'border-slate-200 bg-white' : 'border-slate-200 bg-slate-50'}`}
      >
        <div className="flex flex-col gap-1">
          <h3 id={headingId} className="font-semibold">
            {name} <span className="text-xs font-medium text-slate-600">· {t(`transfers.tiers.${offer.tier}`)}</span>
          </h3>
          <p className="text-sm text-slate-700">{t('transfers.capacity', { passengers: offer.maxPassengers, bags: offer.maxBags })}</p>
          <p className="text-sm text-slate-600">{t('transfers.example', { model: offer.example })}</p>
          <p className="text-sm">
            {t('transfers.bookUntil', { deadline: momentIn(offer.bookableUntil, offer.pickupTimeZone, locale) })}{' '}
            <span className="text-slate-600">({t('transfers.bookUntilHint', { hours: TRANSFER_LEAD_HOURS[offer.tier].booking })})</span>
          </p>
          {available ? (
            <p className="text-sm font-medium text-emerald-800">{t('transfers.available')}</p>
          ) : (
            <>
              <p className="text-sm font-semibold text-red-800">{t('common.unavailable')}</p>
              <TransferUnavailable offer={offer} locale={locale} t={t} />
            </>
          )}
        </div>
        <div className="flex flex-col items-start gap-1 sm:items-end">
          <Price kind="TRANSFER" price={offer.price.total} locale={locale} pricing={pricing} className="text-lg" />
          <p className="text-xs text-slate-600">{t('transfers.perVehicle')}</p>
          {available && (
            <Link href={`/transfers/offer/${offer.offerId}${offerQuery}`} className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700" aria-label={`${t('common.select')}: ${name}`}>
              {t('common.select')}
            </Link>
          )}
        </div>
      </article>
    </li>
  );
}
