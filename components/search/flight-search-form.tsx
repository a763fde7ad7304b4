import Form from 'next/form';
import { getTranslations } from 'next-intl/server';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { flightPlaceOptions } from '@/lib/inventory/places';
import type { FieldErrors, FlightField } from '@/lib/inventory/search-params';
import { Field, FormErrorSummary, inputClass, SubmitButton } from './fields';
import { MAX_SHOWN } from './combobox-constants';
import { PlaceCombobox, type ComboOption } from './place-combobox';

type Props = {
  locale: Locale;
  values: Record<FlightField, string>;
  errors: FieldErrors<FlightField>;
  /** earliest and latest selectable dates */
  minDate: string;
  maxDate: string;
};

/** The flight search. A GET form: the query is the URL, so results are shareable and Back works. */
export async function FlightSearchForm({ locale, values, errors, minDate, maxDate }: Props) {
  const t = await getTranslations({ locale, namespace: 'search' });
  // The page renders alongside the layout, which answers 404 for a segment that is not a locale.
  const regions = new Intl.DisplayNames([isLocale(locale) ? locale : 'en'], { type: 'region' });
  const options: ComboOption[] = flightPlaceOptions(locale).map((o) => ({
    value: o.value,
    label: o.kind === 'CITY' ? o.name : `${o.cityName} (${o.code})`,
    detail:
      o.kind === 'CITY'
        ? `${regions.of(o.countryCode) ?? o.countryCode} · ${o.airportCount > 1 ? t('common.allAirports') : t('common.airportCount', { count: 1 })}`
        : `${o.name} · ${regions.of(o.countryCode) ?? o.countryCode}`,
    keywords: o.keywords,
    nested: o.kind === 'AIRPORT',
  }));
  const texts = { noOptions: t('common.noOptions'), available: Array.from({ length: MAX_SHOWN + 1 }, (_, count) => t('common.optionsAvailable', { count })) };
  const err = (f: FlightField) => (errors[f] ? t(`errors.${errors[f]}`) : undefined);
  const trip = values.trip === 'return' ? 'return' : 'oneway';
  const count = (id: FlightField, label: string, min: number, max: number, fallback: string) => (
    <Field id={`flight-${id}`} label={label} error={err(id)}>
      {(p) => (
        <select {...p} name={id} defaultValue={values[id] || fallback} className={inputClass(err(id))}>
          {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <Form action={`/${locale}/flights`} aria-label={t('flights.formLabel')} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      {Object.keys(errors).length > 0 && <FormErrorSummary message={t('common.fixErrors')} />}
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t('flights.trip')}</legend>
        {(['oneway', 'return'] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="trip" value={value} defaultChecked={trip === value} className="size-4 accent-brand-600" />
            {t(`flights.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <PlaceCombobox id="flight-from" name="from" label={t('flights.from')} hint={t('flights.placeHint')} options={options} defaultValue={values.from} error={err('from')} errorId="flight-from-error" texts={texts} />
        <PlaceCombobox id="flight-to" name="to" label={t('flights.to')} hint={t('flights.placeHint')} options={options} defaultValue={values.to} error={err('to')} errorId="flight-to-error" texts={texts} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="flight-depart" label={t('flights.depart')} error={err('depart')}>
          {(p) => <input {...p} type="date" name="depart" min={minDate} max={maxDate} defaultValue={values.depart} className={inputClass(err('depart'))} />}
        </Field>
        <Field id="flight-return" label={t('flights.returnDate')} hint={t('flights.returnHint')} error={err('return')}>
          {(p) => <input {...p} type="date" name="return" min={minDate} max={maxDate} defaultValue={values.return} className={inputClass(err('return'))} />}
        </Field>
      </div>
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-4">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t('flights.passengers')}</legend>
        {count('adults', t('flights.adults'), 1, 9, '1')}
        {count('children', t('flights.children'), 0, 8, '0')}
        {count('infants', t('flights.infants'), 0, 9, '0')}
        <Field id="flight-cabin" label={t('flights.cabin')} error={err('cabin')}>
          {(p) => (
            <select {...p} name="cabin" defaultValue={values.cabin || 'ECONOMY'} className={inputClass()}>
              {(['ECONOMY', 'BUSINESS'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`flights.cabins.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <div>
        <SubmitButton>{t('common.search')}</SubmitButton>
      </div>
    </Form>
  );
}
