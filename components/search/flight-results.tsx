import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import type { FareFamilyInfo, FlightOffer } from '@/lib/inventory/supplier';
import type { FlightCard, FlightFareOption } from '@/lib/inventory/search-flights';
import { FlightSliceView } from './flight-itinerary';
import { money } from './format';
import { Price, priceFor, type ResultsPricing } from './price';
import { codeOrText, type SearchT } from './translator';

type Common = { locale: Locale; t: SearchT; pricing: ResultsPricing; passengers: number; offerQuery: string };

export function FareBadges({ fareRules, t }: { fareRules: FlightOffer['fareRules']; t: SearchT }) {
  const badge = (ok: boolean, yes: string, no: string) => (
    <li className={`rounded-full px-2 py-0.5 text-xs font-medium ${ok ? 'bg-emerald-100 text-emerald-900' : 'bg-slate-100 text-slate-700'}`}>{ok ? yes : no}</li>
  );
  return (
    <ul className="flex flex-wrap gap-1.5">
      {badge(fareRules.refundable, t('flights.badges.refundable'), t('flights.badges.nonRefundable'))}
      {badge(fareRules.changeable, t('flights.badges.changeable'), t('flights.badges.nonChangeable'))}
    </ul>
  );
}

export function Baggage({ family, t }: { family: FareFamilyInfo; t: SearchT }) {
  return (
    <p className="text-sm text-slate-700">
      {family.checkedBags === 0
        ? t('flights.baggage.none', { cabinKg: family.cabinBagKg })
        : t('flights.baggage.some', { cabinKg: family.cabinBagKg, bags: family.checkedBags, kg: family.checkedBagKg })}
    </p>
  );
}

function FareOption({ option, common }: { option: FlightFareOption; common: Common }) {
  const { locale, t } = common;
  const family = codeOrText(t, `flights.families.${option.fareFamily.code}`, option.fareFamily.code);
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex flex-col gap-1">
        <p className="font-semibold">{family}</p>
        <Baggage family={option.fareFamily} t={t} />
        <FareBadges fareRules={option.fareRules} t={t} />
        {option.seatsLeft <= 5 && <p className="text-xs font-medium text-amber-800">{t('flights.seatsLeft', { count: option.seatsLeft })}</p>}
      </div>
      <div className="flex flex-col items-start gap-1 sm:items-end">
        <Price kind="FLIGHT" price={option.total} locale={locale} pricing={common.pricing} className="text-lg sm:text-right" />
        <p className="text-xs text-slate-600">{t('flights.perAdult', { price: money(option.perAdult, locale) })}</p>
        <Link
          href={`/flights/offer/${option.offerId}${common.offerQuery}`}
          className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
          aria-label={t('flights.selectFare', { family, price: money(priceFor('FLIGHT', option.total, common.pricing).display, locale) })}
        >
          {t('common.select')}
        </Link>
      </div>
    </li>
  );
}

export function FlightResultCard({ card, common, index }: { card: FlightCard; common: Common; index: number }) {
  const { locale, t } = common;
  const headingId = `flight-${index}`;
  const first = card.slices[0]!;
  const last = card.slices[card.slices.length - 1]!;
  return (
    <li>
      <article aria-labelledby={headingId} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <header className="flex flex-wrap items-start justify-between gap-2">
          <h3 id={headingId} className="font-semibold">
            {card.airline.name} · {first.origin}–{card.slices.length > 1 ? last.origin : first.destination}
          </h3>
          <div className="text-right">
            <p className="text-lg font-bold">{t('flights.fromPrice', { price: money(priceFor('FLIGHT', card.cheapest.total, common.pricing).display, locale) })}</p>
            <p className="text-xs text-slate-600">{t('flights.forPassengers', { count: common.passengers })}</p>
          </div>
        </header>
        {card.slices.map((slice, i) => (
          <FlightSliceView key={i} slice={slice} locale={locale} t={t} airlineName={card.airline.name} label={i === 0 ? t('flights.outbound') : t('flights.inbound')} />
        ))}
        <section aria-label={t('flights.fareOptions')}>
          <ul className="flex flex-col gap-2">
            {card.options.map((option) => (
              <FareOption key={option.offerId} option={option} common={common} />
            ))}
          </ul>
        </section>
      </article>
    </li>
  );
}
