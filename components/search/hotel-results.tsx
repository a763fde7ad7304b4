import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { cancelsFree, type HotelCard } from '@/lib/inventory/search-hotels';
import { isRemoteSupplier, type HotelOffer } from '@/lib/inventory/supplier';
import { momentIn, money } from './format';
import { CentreDistance, HotelDescription } from './hotel-about';
import { Price, priceFor, type ResultsPricing } from './price';
import { codeOrText, type SearchT } from './translator';

export function Stars({ count, t }: { count: number; t: SearchT }) {
  return (
    <span role="img" aria-label={t('hotels.stars', { count })} className="text-amber-600">
      {'★'.repeat(count)}
    </span>
  );
}

/** "Free cancellation until …" or "Non-refundable", from the rate's own policy (Agreement 6.3). */
export function CancellationBadge({ offer, locale, at, t }: { offer: HotelOffer; locale: Locale; at: Date; t: SearchT }) {
  if (cancelsFree(offer, at) && offer.cancellation.type === 'FREE_UNTIL') {
    return (
      <p className="inline-block rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900">
        {t('hotels.freeCancellationUntil', { date: momentIn(offer.cancellation.freeUntil, offer.hotel.timeZone, locale) })}
      </p>
    );
  }
  return <p className="inline-block rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{t('hotels.nonRefundableBadge')}</p>;
}

export function HotelResultCard({
  card,
  locale,
  t,
  at,
  stayQuery,
  pricing,
}: {
  card: HotelCard;
  locale: Locale;
  t: SearchT;
  at: Date;
  stayQuery: string;
  pricing: ResultsPricing;
}) {
  const { hotel, cheapest } = card;
  const photo = hotel.photos[0];
  const headingId = `hotel-${hotel.id}`;
  // A Duffel stay has no hotel page yet (README Suppliers): its card leads to its cheapest rate's offer page.
  const href = isRemoteSupplier(cheapest.supplier) ? `/hotels/offer/${cheapest.offerId}` : `/hotels/${hotel.slug}?${stayQuery}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="grid gap-4 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm sm:grid-cols-[14rem_1fr]">
        {photo && (
          // eslint-disable-next-line @next/next/no-img-element -- small local SVG placeholders
          <img src={photo.path} alt={t(`hotels.photoAlt.${photo.kind}` as 'hotels.photoAlt.exterior', { hotel: hotel.name })} width={600} height={400} loading="lazy" className="h-40 w-full object-cover sm:h-full" />
        )}
        <div className="flex flex-col gap-2 p-4 sm:pl-0">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <h3 id={headingId} className="text-lg font-semibold">
                <Link href={href} className="hover:underline">
                  {hotel.name}
                </Link>
              </h3>
              <p className="text-sm text-slate-700">
                <Stars count={hotel.stars} t={t} /> · {hotel.district}<CentreDistance hotel={hotel} locale={locale} t={t} />
              </p>
              <p className="text-sm text-slate-600">{t('hotels.rating', { score: hotel.reviewScore })}</p>
            </div>
            <div className="text-right">
              <Price kind="HOTEL" price={cheapest.price.total} locale={locale} pricing={pricing} className="text-lg" />
              <p className="text-xs text-slate-600">{t('hotels.forNights', { nights: cheapest.nights })}</p>
              <p className="text-xs text-slate-600">{t('hotels.perNight', { price: money(cheapest.price.perNight, locale) })}</p>
            </div>
          </div>
          <HotelDescription hotel={hotel} locale={locale} t={t} className="text-sm text-slate-700" />
          <p className="text-sm">
            {codeOrText(t, `hotels.roomTypes.${cheapest.roomType.code}`, cheapest.roomType.code)} · {codeOrText(t, `hotels.boards.${cheapest.ratePlan.board}`, cheapest.ratePlan.board)}
          </p>
          <div className="flex flex-wrap gap-2">
            <CancellationBadge offer={cheapest} locale={locale} at={at} t={t} />
            {!cancelsFree(cheapest, at) && card.cheapestFree && (
              <p className="text-xs text-emerald-900">{t('hotels.freeCancellationFrom', { price: money(priceFor('HOTEL', card.cheapestFree.price.total, pricing).display, locale) })}</p>
            )}
          </div>
          <p className="mt-auto">
            <Link href={href} className="inline-block rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
              {t('hotels.seeRooms')}
            </Link>
          </p>
        </div>
      </article>
    </li>
  );
}
