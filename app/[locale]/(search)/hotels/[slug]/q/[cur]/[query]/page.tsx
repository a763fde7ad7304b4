import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { localeAlternates } from '@/lib/i18n/alternates';
import { addDays, daysBetween, HOTEL_DAYS, localDateOf } from '@/lib/inventory/catalog';
import { parseStay, type HotelField } from '@/lib/inventory/search-params';
import { getSuppliers } from '@/lib/inventory/suppliers';
import type { CancellationPolicy } from '@/lib/inventory/catalog/types';
import { HotelSearchForm } from '@/components/search/hotel-search-form';
import { CancellationBadge, Stars } from '@/components/search/hotel-results';
import { localDate } from '@/components/search/format';
import { priceContext, toUrlParams } from '@/app/[locale]/(search)/_shared/context';
import { backToHotelResults } from '@/lib/inventory/hotel-page-links';
import { publicSearch, queryPageInput } from '@/app/[locale]/(search)/_shared/query-page';
import { Price } from '@/components/search/price';
import { CentreDistance, HotelDescription } from '@/components/search/hotel-about';
import { bookableFirst } from '@/lib/inventory/hotel-facts';

// Cached and shared (lib/auth/public-pages.ts): rendered on the first request for its key and served
// from the page cache for a minute; nothing here may read cookies or headers.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/hotels/[slug]/q/[cur]/[query]'>): Promise<Metadata> {
  const { locale, slug, cur, query } = await params;
  const today = localDateOf(new Date());
  const details = await getSuppliers().hotels.getHotel(slug, { checkIn: addDays(today, 1), checkOut: addDays(today, 2), guests: 1, rooms: 1 }, new Date());
  return { title: details?.hotel.name, description: details ? `${details.hotel.name}, ${details.hotel.district}, ${details.hotel.cityName[locale as Locale]}` : undefined, alternates: localeAlternates(locale as Locale, `/hotels/${slug}`, publicSearch(queryPageInput(cur, query).sp)) };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export default async function HotelPage({ params }: PageProps<'/[locale]/hotels/[slug]/q/[cur]/[query]'>) {
  const { locale: raw, slug, cur, query } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const { sp, displayCurrency: display } = queryPageInput(cur, query);
  const t = await getTranslations({ locale, namespace: 'search.hotels' });
  const ts = await getTranslations({ locale, namespace: 'search' });
  const at = new Date();
  const today = localDateOf(at);
  const values = { checkIn: first(sp.checkIn), checkOut: first(sp.checkOut), guests: first(sp.guests), rooms: first(sp.rooms) };
  const asked = values.checkIn !== '' || values.checkOut !== '';
  const { errors, stay } = asked ? parseStay(values, today) : { errors: {}, stay: null };
  // Without dates the page still lists the rooms and their terms, priced for no particular stay.
  const criteria = stay ?? { checkIn: addDays(today, 14), checkOut: addDays(today, 15), guests: 2, rooms: 1 };
  const [details, pricing] = await Promise.all([getSuppliers().hotels.getHotel(slug, criteria, at), priceContext(display, locale)]);
  if (!details) notFound();
  const { hotel } = details;
  const nights = daysBetween(criteria.checkIn, criteria.checkOut);
  const terms = (c: CancellationPolicy) =>
    c.kind === 'NON_REFUNDABLE'
      ? t('page.terms.nonRefundable')
      : c.penalty.kind === 'FIRST_NIGHT'
        ? t('page.terms.freeUntilFirstNight', { days: c.daysBefore })
        : t('page.terms.freeUntilPercent', { days: c.daysBefore, percent: c.penalty.percent });
  const offerQuery = sp.cur ? `?cur=${encodeURIComponent(first(sp.cur))}` : '';

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{hotel.name}</h1>
        <p className="text-slate-700">
          <Stars count={hotel.stars} t={ts} /> · {hotel.district}, {hotel.cityName[locale]}<CentreDistance hotel={hotel} locale={locale} t={ts} /> · {t('rating', { score: hotel.reviewScore })}
        </p>
        <HotelDescription hotel={hotel} locale={locale} t={ts} className="max-w-prose text-slate-700" />
      </header>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {hotel.photos.map((photo, i) => (
          <li key={`${photo.path}-${i}`}>
            {/* eslint-disable-next-line @next/next/no-img-element -- small local SVG placeholders */}
            <img src={photo.path} alt={t(`photoAlt.${photo.kind}` as 'photoAlt.exterior', { hotel: hotel.name })} width={600} height={400} className="h-32 w-full rounded-lg object-cover sm:h-40" />
          </li>
        ))}
      </ul>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="rooms-heading" className="flex min-w-0 flex-col gap-4">
          <h2 id="rooms-heading" className="text-xl font-semibold">
            {t('page.roomsHeading')}
          </h2>
          {stay ? (
            <p className="text-slate-700">
              {t('page.stayFor', {
                checkIn: localDate(stay.checkIn, locale),
                checkOut: localDate(stay.checkOut, locale),
                nights,
                guests: stay.guests,
                rooms: stay.rooms,
              })}
            </p>
          ) : (
            <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">{t('page.noStay')}</p>
          )}
          <HotelSearchForm
            locale={locale}
            values={{ city: hotel.cityId, ...values } as Record<HotelField, string>}
            errors={errors}
            minDate={today}
            maxDate={addDays(today, HOTEL_DAYS)}
            action={`/${locale}/hotels/${hotel.slug}`}
            withCity={false}
          />
          <ul className="flex flex-col gap-4">
            {bookableFirst(details.rooms).map(({ roomType, rates: roomRates }) => (
              <li key={roomType.id} className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
                <div>
                  <h3 className="text-lg font-semibold">{t(`roomTypes.${roomType.code}` as 'roomTypes.SUITE')}</h3>
                  <p className="text-sm text-slate-700">
                    {t(`beds.${roomType.beds}` as 'beds.KING')} · {t('page.roomFacts', { guests: roomType.maxOccupancy, size: roomType.sizeM2 })}
                  </p>
                </div>
                <ul className="flex flex-col gap-2">
                  {roomRates.map(({ ratePlan, offer, unavailable }) => (
                    <li key={ratePlan.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 sm:flex-row sm:items-center sm:justify-between">
                      <div className="flex flex-col gap-1">
                        <p className="font-medium">{t(`boards.${ratePlan.board}`)}</p>
                        <p className="text-sm text-slate-700">{terms(ratePlan.cancellationTerms)}</p>
                        {stay && offer && <CancellationBadge offer={offer} locale={locale} at={at} t={ts} />}
                      </div>
                      {stay && offer ? (
                        <div className="flex flex-col items-start gap-1 sm:items-end">
                          <Price kind="HOTEL" price={offer.price.total} locale={locale} pricing={pricing} className="text-lg" />
                          <p className="text-xs text-slate-600">{t('forNights', { nights })}</p>
                          {offer.roomsLeft <= 3 && <p className="text-xs font-medium text-amber-800">{t('page.roomsLeft', { count: offer.roomsLeft })}</p>}
                          <Link href={`/hotels/offer/${offer.offerId}${offerQuery}`} className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
                            {t('page.book')}
                          </Link>
                        </div>
                      ) : (
                        stay && unavailable && <p className="text-sm font-medium text-slate-600">{t(`page.unavailable.${unavailable}`)}</p>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
        <aside className="flex flex-col gap-4">
          <section aria-labelledby="address-heading" className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="address-heading" className="font-semibold">
              {t('page.address')}
            </h2>
            <p className="text-slate-700">{hotel.address}</p>
            <p className="mt-2 text-sm text-slate-600">{t('page.checkTimes', { checkIn: hotel.checkInTime, checkOut: hotel.checkOutTime })}</p>
          </section>
          <section aria-labelledby="amenities-heading" className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="amenities-heading" className="font-semibold">
              {t('amenitiesHeading')}
            </h2>
            <ul className="mt-2 grid grid-cols-1 gap-1 text-sm text-slate-700">
              {hotel.amenities.map((a) => (
                <li key={a}>{t(`amenities.${a}` as 'amenities.WIFI')}</li>
              ))}
            </ul>
          </section>
          <p>
            <Link href={backToHotelResults(toUrlParams(sp), hotel.cityId)} className="text-brand-700 underline">
              {ts('common.backToResults')}
            </Link>
          </p>
        </aside>
      </div>
    </div>
  );
}
