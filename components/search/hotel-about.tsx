import type { Locale } from '@/lib/i18n/locales';
import { distanceToCentreKm, highlightedAmenities } from '@/lib/inventory/hotel-facts';
import type { HotelSummary } from '@/lib/inventory/supplier';
import type { SearchT } from './translator';

/** " · 2.4 km from the centre", or nothing where the city is not placed. */
export function CentreDistance({ hotel, locale, t }: { hotel: HotelSummary; locale: Locale; t: SearchT }) {
  const km = distanceToCentreKm(hotel);
  if (km === null) return null;
  return <> · {t('hotels.fromCentre', { km: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(km) })}</>;
}

/** A hotel's short description, put together from its facts in the reader's language. */
export function HotelDescription({ hotel, locale, t, className }: { hotel: HotelSummary; locale: Locale; t: SearchT; className?: string }) {
  const highlights = highlightedAmenities(hotel).map((code) => t(`hotels.amenities.${code}` as 'hotels.amenities.WIFI'));
  return (
    <p className={className}>
      {t('hotels.aboutLead', { stars: hotel.stars, district: hotel.district, city: hotel.cityName[locale] })}
      {highlights.length > 0 && ` ${t('hotels.aboutHighlights', { list: new Intl.ListFormat(locale, { type: 'conjunction' }).format(highlights) })}`}
    </p>
  );
}
