import type { Locale } from '@/lib/i18n/locales';
import { airportLabel } from '@/lib/inventory/places';
import type { FlightSlice } from '@/lib/inventory/supplier';
import { dayIn, dayShift, splitMinutes, timeIn, zoneAt } from './format';
import type { SearchT } from './translator';

/** One direction of a journey: local times with their zones, duration, stops and the flights. */
export function FlightSliceView({ slice, label, locale, airlineName, t, detailed = false }: { slice: FlightSlice; label: string; locale: Locale; airlineName: string; t: SearchT; detailed?: boolean }) {
  const shift = dayShift(slice.departureAt, slice.originTimeZone, slice.arrivalAt, slice.destinationTimeZone);
  const from = airportLabel(slice.origin, locale);
  const to = airportLabel(slice.destination, locale);
  const first = slice.segments[0]!;
  const connection = slice.segments.length > 1 ? slice.segments[1]! : null;
  const wait = connection ? splitMinutes(Math.round((connection.departureAt.getTime() - first.arrivalAt.getTime()) / 60_000)) : null;

  return (
    <div className="flex flex-col gap-1">
      <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
        {label} · {dayIn(slice.departureAt, slice.originTimeZone, locale)}
      </p>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <p>
          <time dateTime={slice.departureAt.toISOString()} className="text-lg font-semibold">
            {timeIn(slice.departureAt, slice.originTimeZone, locale)}
          </time>{' '}
          <span className="text-xs text-slate-600">{zoneAt(slice.departureAt, slice.originTimeZone, locale)}</span>{' '}
          <abbr title={`${from.cityName}, ${from.name}`} className="font-medium no-underline">
            {slice.origin}
          </abbr>
        </p>
        <p className="text-sm text-slate-600">
          {'→ '}
          {t('common.duration', splitMinutes(slice.durationMinutes))}
          {' · '}
          {slice.stops === 0 ? t('flights.direct') : t('flights.stops', { count: slice.stops })}
          {' →'}
        </p>
        <p>
          <time dateTime={slice.arrivalAt.toISOString()} className="text-lg font-semibold">
            {timeIn(slice.arrivalAt, slice.destinationTimeZone, locale)}
          </time>
          {shift > 0 && (
            <sup className="ml-0.5 text-xs font-semibold text-amber-800" aria-label={t('flights.arrivesNextDayLabel', { days: shift })}>
              {t('flights.nextDay', { days: shift })}
            </sup>
          )}{' '}
          <span className="text-xs text-slate-600">{zoneAt(slice.arrivalAt, slice.destinationTimeZone, locale)}</span>{' '}
          <abbr title={`${to.cityName}, ${to.name}`} className="font-medium no-underline">
            {slice.destination}
          </abbr>
        </p>
      </div>
      {connection && wait && (
        <p className="text-sm text-slate-700">
          {t('flights.via', { airport: `${airportLabel(connection.origin, locale).cityName} (${connection.origin})`, wait: t('common.duration', wait) })}
        </p>
      )}
      <p className="text-sm text-slate-600">
        {slice.segments.map((s) => s.flightNumber).join(', ')} · {airlineName}
      </p>
      {detailed && (
        <ol className="mt-2 flex flex-col gap-2 border-l-2 border-brand-100 pl-3 text-sm">
          {slice.segments.map((s) => (
            <li key={`${s.flightNumber}-${s.departureAt.toISOString()}`}>
              <p className="font-medium">
                {t('flights.flightNumber', { number: s.flightNumber })} · {t('flights.operatedBy', { airline: airlineName, aircraft: s.aircraft })}
              </p>
              <p>
                {dayIn(s.departureAt, s.originTimeZone, locale)} {timeIn(s.departureAt, s.originTimeZone, locale)} {zoneAt(s.departureAt, s.originTimeZone, locale)} {airportLabel(s.origin, locale).name} ({s.origin})
              </p>
              <p>
                {dayIn(s.arrivalAt, s.destinationTimeZone, locale)} {timeIn(s.arrivalAt, s.destinationTimeZone, locale)} {zoneAt(s.arrivalAt, s.destinationTimeZone, locale)} {airportLabel(s.destination, locale).name} ({s.destination})
              </p>
              <p className="text-slate-600">{t('common.duration', splitMinutes(s.durationMinutes))}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
