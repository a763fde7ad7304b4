import { getTranslations } from 'next-intl/server';
import { formatMoney } from '@/lib/i18n/format';
import { minorUnitExponent, type Money } from '@/lib/money';
import { Link } from '@/lib/i18n/link';
import { intlLocale, type Locale } from '@/lib/i18n/locales';
import { addDays, daysBetween, isoWeekday } from '@/lib/inventory/catalog';
import type { FareCalendarDays } from '@/lib/inventory/fare-calendar';
import { comparableAmount } from '@/lib/inventory/reference-rates';

type Props = {
  locale: Locale;
  days: FareCalendarDays;
  /** days whose fare comes from a real supplier's recent search rather than the catalog (marked) */
  recent?: ReadonlySet<string>;
  strip: string[];
  month: string[];
  /** the searched day */
  selected: string;
  params: URLSearchParams;
};

/**
 * The fare calendar (issue 18): the lowest direct fare per day around the searched day, and the searched
 * day's month. Each day is a link that searches it (a return keeps the trip's length); days without a
 * bookable direct flight are shown empty. Server-rendered inside the cached results page.
 */
export async function FareCalendar({ locale, days, recent = new Set(), strip, month, selected, params }: Props) {
  const t = await getTranslations({ locale, namespace: 'fareCalendar' });
  const dayLabel = (day: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
  const returnDay = params.get('return');
  const stay = returnDay && params.get('trip') === 'return' ? daysBetween(selected, returnDay) : null;
  const href = (day: string) => {
    const q = new URLSearchParams(params);
    q.set('depart', day);
    if (stay !== null) q.set('return', addDays(day, stay));
    q.delete('page');
    return `/flights?${q.toString()}`;
  };
  const lowestInStrip = Math.min(...strip.flatMap((d) => (days.has(d) ? [comparableAmount(days.get(d)!)] : [])));

  // In the month grid a day is about 45 px wide at 360 px: the amount in whole units, no currency (the label has it all).
  const shown = (price: Money, compact: boolean) =>
    compact ? new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 0 }).format(Math.round(price.amount / 10 ** minorUnitExponent(price.currency))) : formatMoney(price, locale);
  const cell = (day: string, compact: boolean) => {
    const price = days.get(day);
    const full = dayLabel(day, { weekday: 'long', day: 'numeric', month: 'long' });
    const short = compact ? dayLabel(day, { day: 'numeric' }) : dayLabel(day, { weekday: 'short', day: 'numeric', month: 'short' });
    const isLowest = price !== undefined && !compact && comparableAmount(price) === lowestInStrip;
    const base = `relative flex min-h-14 flex-col items-center justify-center overflow-hidden rounded-lg border py-1 text-center text-xs ${compact ? 'px-0.5' : 'px-2'}`;
    if (!price) {
      return (
        <span className={`${base} border-slate-200 bg-slate-50 text-slate-600`}>
          <span aria-hidden="true">{short}</span>
          <span aria-hidden="true">—</span>
          <span className="sr-only">{t('noFlights', { day: full })}</span>
        </span>
      );
    }
    const label = t(recent.has(day) ? 'dayPriceRecent' : 'dayPrice', { day: full, price: formatMoney(price, locale) });
    const mark = recent.has(day) ? <span aria-hidden="true">*</span> : null;
    if (day === selected) {
      return (
        <span aria-current="date" className={`${base} border-brand-700 bg-brand-600 font-semibold text-white`}>
          <span aria-hidden="true">{short}</span>
          <span aria-hidden="true" className="tabular-nums">{shown(price, compact)}{mark}</span>
          <span className="sr-only">{label}</span>
        </span>
      );
    }
    const className = `${base} ${isLowest ? 'border-emerald-600 bg-emerald-50' : 'border-slate-300 bg-white'} hover:bg-brand-50`;
    // In the strip the link is named by what it shows (a speech user says "Mon 7 Dec"), the rest added for screen
    // readers; the month grid shows only a day number and a bare amount, so there the full sentence is its name.
    if (compact) {
      return (
        <Link href={href(day)} className={className}>
          <span aria-hidden="true">{short}</span>
          <span aria-hidden="true" className="tabular-nums">{shown(price, compact)}{mark}</span>
          <span className="sr-only">{label}</span>
        </Link>
      );
    }
    return (
      <Link href={href(day)} className={className}>
        <span>{short}</span>{' '}
        <span className="tabular-nums" data-price>
          {shown(price, compact)}
          {mark}
        </span>{' '}
        {(recent.has(day) || isLowest) && <span className="sr-only">{[recent.has(day) ? t('recent') : '', isLowest ? t('lowest') : ''].filter(Boolean).join(' ')}</span>}
      </Link>
    );
  };

  const weeks: (string | null)[][] = [];
  const firstBlank = isoWeekday(month[0]!) - 1;
  const cells: (string | null)[] = [...Array.from({ length: firstBlank }, () => null), ...month];
  for (let i = 0; i < cells.length; i += 7) weeks.push([...cells.slice(i, i + 7), ...Array.from({ length: Math.max(0, i + 7 - cells.length) }, () => null)]);
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((n) => addDays('2024-01-01', n - 1)); // 1 January 2024 was a Monday

  return (
    <section aria-labelledby="fare-calendar-heading" className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4" data-testid="fare-calendar">
      <h2 id="fare-calendar-heading" className="font-semibold">
        {t('heading')}
      </h2>
      {/* Phones skip the explanation so the first result stays on the first screen. */}
      <p className="hidden text-sm text-slate-600 sm:block">{t('intro')}</p>
      <ol className="relative flex gap-2 overflow-x-auto pb-2" aria-label={t('stripLabel')}>
        {strip.map((day) => (
          <li key={day} className="w-24 shrink-0">
            {cell(day, false)}
          </li>
        ))}
      </ol>
      {recent.size > 0 && <p className="text-xs text-slate-600">{t('recentNote')}</p>}
      <details>
        <summary className="cursor-pointer text-sm font-medium text-brand-800">{t('monthView', { month: dayLabel(month[0]!, { month: 'long', year: 'numeric' }) })}</summary>
        {/* relative: the visually hidden labels are positioned, so they must be clipped by this scroller, not the page */}
        <div className="relative overflow-x-auto">
        <table className="mt-2 w-full min-w-[18rem] table-fixed border-separate border-spacing-1">
          <caption className="sr-only">{t('monthCaption', { month: dayLabel(month[0]!, { month: 'long', year: 'numeric' }) })}</caption>
          <thead>
            <tr>
              {weekdays.map((d) => (
                <th key={d} scope="col" className="text-xs font-medium text-slate-600">
                  <abbr title={dayLabel(d, { weekday: 'long' })}>{dayLabel(d, { weekday: 'narrow' })}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, i) => (
              <tr key={i}>
                {week.map((day, j) => (
                  <td key={j} className="p-0 align-top">
                    {day ? cell(day, true) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </details>
    </section>
  );
}
