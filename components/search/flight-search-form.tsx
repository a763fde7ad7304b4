import Form from 'next/form';
import { getTranslations } from 'next-intl/server';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { flightPlaceOptions } from '@/lib/inventory/places';
import type { FieldErrors, FlightField } from '@/lib/inventory/search-params';
import { primaryButton } from '@/components/forms/buttons';
import { ErrorSummary } from '@/components/forms/error-summary';
import { RadioGroupField, SelectField, TextField } from '@/components/forms/field';
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
  const labels: Record<FlightField, string> = { from: t('flights.from'), to: t('flights.to'), depart: t('flights.depart'), return: t('flights.returnDate'), adults: t('flights.adults'), children: t('flights.children'), infants: t('flights.infants'), cabin: t('flights.cabin'), trip: t('flights.trip') };
  // One link per field, naming it, to its control (ids are `flight-<field>`).
  const summary = (Object.keys(errors) as FlightField[]).map((f) => ({ target: `flight-${f}`, text: t('common.errorEntry', { field: labels[f], message: err(f)! }) }));
  const trip = values.trip === 'return' ? 'return' : 'oneway';
  const count = (id: FlightField, label: string, min: number, max: number, fallback: string) => (
    <SelectField
      id={`flight-${id}`}
      name={id}
      label={label}
      error={err(id)}
      defaultValue={values[id] || fallback}
      options={Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => ({ value: String(n), label: String(n) }))}
    />
  );

  return (
    <Form action={`/${locale}/flights`} aria-label={t('flights.formLabel')} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      {Object.keys(errors).length > 0 && <ErrorSummary title={t('common.fixErrors')} entries={summary} />}
      <RadioGroupField
        id="flight-trip"
        name="trip"
        label={t('flights.trip')}
        error={err('trip')}
        inline
        defaultValue={trip}
        options={(['oneway', 'return'] as const).map((value) => ({ value, label: t(`flights.${value}`) }))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <PlaceCombobox id="flight-from" name="from" label={t('flights.from')} hint={t('flights.placeHint')} options={options} defaultValue={values.from} error={err('from')} texts={texts} />
        <PlaceCombobox id="flight-to" name="to" label={t('flights.to')} hint={t('flights.placeHint')} options={options} defaultValue={values.to} error={err('to')} texts={texts} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="flight-depart" name="depart" label={t('flights.depart')} error={err('depart')} type="date" min={minDate} max={maxDate} defaultValue={values.depart} />
        <TextField id="flight-return" name="return" label={t('flights.returnDate')} hint={t('flights.returnHint')} error={err('return')} type="date" min={minDate} max={maxDate} defaultValue={values.return} />
      </div>
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-4">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t('flights.passengers')}</legend>
        {count('adults', t('flights.adults'), 1, 9, '1')}
        {count('children', t('flights.children'), 0, 8, '0')}
        {count('infants', t('flights.infants'), 0, 9, '0')}
        <SelectField
          id="flight-cabin"
          name="cabin"
          label={t('flights.cabin')}
          error={err('cabin')}
          defaultValue={values.cabin || 'ECONOMY'}
          options={(['ECONOMY', 'BUSINESS'] as const).map((c) => ({ value: c, label: t(`flights.cabins.${c}`) }))}
        />
      </fieldset>
      <div>
        <button type="submit" className={primaryButton}>
          {t('common.search')}
        </button>
      </div>
    </Form>
  );
}
