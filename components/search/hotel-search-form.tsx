import Form from 'next/form';
import { getTranslations } from 'next-intl/server';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { hotelCityOptions } from '@/lib/inventory/places';
import type { FieldErrors, HotelField } from '@/lib/inventory/search-params';
import { primaryButton } from '@/components/forms/buttons';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SelectField, TextField } from '@/components/forms/field';
import { MAX_SHOWN } from './combobox-constants';
import { PlaceCombobox } from './place-combobox';

type Props = {
  locale: Locale;
  values: Record<HotelField, string>;
  errors: FieldErrors<HotelField>;
  minDate: string;
  maxDate: string;
  /** the hotel page asks only for dates and party: the city is fixed */
  action?: string;
  withCity?: boolean;
};

export async function HotelSearchForm({ locale, values, errors, minDate, maxDate, action, withCity = true }: Props) {
  const t = await getTranslations({ locale, namespace: 'search' });
  // The page renders alongside the layout, which answers 404 for a segment that is not a locale.
  const regions = new Intl.DisplayNames([isLocale(locale) ? locale : 'en'], { type: 'region' });
  const options = hotelCityOptions(locale).map((o) => ({
    value: o.value,
    label: o.name,
    detail: regions.of(o.countryCode) ?? o.countryCode,
    keywords: o.keywords,
  }));
  const texts = { noOptions: t('common.noOptions'), available: Array.from({ length: MAX_SHOWN + 1 }, (_, count) => t('common.optionsAvailable', { count })) };
  const err = (f: HotelField) => (errors[f] ? t(`errors.${errors[f]}`) : undefined);
  const labels: Record<HotelField, string> = { city: t('hotels.city'), checkIn: t('hotels.checkIn'), checkOut: t('hotels.checkOut'), guests: t('hotels.guests'), rooms: t('hotels.rooms') };
  // One link per field, naming it, to its control (ids are `hotel-<field>`).
  const summary = (Object.keys(errors) as HotelField[]).map((f) => ({ target: `hotel-${f}`, text: t('common.errorEntry', { field: labels[f], message: err(f)! }) }));
  const select = (id: HotelField, label: string, max: number, fallback: string) => (
    <SelectField
      id={`hotel-${id}`}
      name={id}
      label={label}
      error={err(id)}
      defaultValue={values[id] || fallback}
      options={Array.from({ length: max }, (_, i) => i + 1).map((n) => ({ value: String(n), label: String(n) }))}
    />
  );
  return (
    <Form action={action ?? `/${locale}/hotels`} aria-label={t('hotels.formLabel')} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      {Object.keys(errors).length > 0 && <ErrorSummary title={t('common.fixErrors')} entries={summary} />}
      <div className={`grid gap-4 ${withCity ? 'sm:grid-cols-[2fr_1fr_1fr]' : 'sm:grid-cols-2'}`}>
        {withCity && (
          <PlaceCombobox id="hotel-city" name="city" label={t('hotels.city')} hint={t('hotels.cityHint')} options={options} defaultValue={values.city} error={err('city')} texts={texts} />
        )}
        <TextField id="hotel-checkIn" name="checkIn" label={t('hotels.checkIn')} error={err('checkIn')} type="date" min={minDate} max={maxDate} defaultValue={values.checkIn} />
        <TextField id="hotel-checkOut" name="checkOut" label={t('hotels.checkOut')} error={err('checkOut')} type="date" min={minDate} max={maxDate} defaultValue={values.checkOut} />
      </div>
      <div className="grid grid-cols-2 gap-4 sm:max-w-md">
        {select('guests', t('hotels.guests'), 12, '2')}
        {select('rooms', t('hotels.rooms'), 5, '1')}
      </div>
      <div>
        <button type="submit" className={primaryButton}>
          {t('common.search')}
        </button>
      </div>
    </Form>
  );
}
