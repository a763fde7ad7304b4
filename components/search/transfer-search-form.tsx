import Form from 'next/form';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { FieldErrors, TransferField } from '@/lib/inventory/search-params';
import { transferAirportOptions } from '@/lib/inventory/transfer-places';
import { Field, FormErrorSummary, inputClass, SubmitButton } from './fields';
import { TransferPlaceFields } from './transfer-place-fields';

type Props = { locale: Locale; values: Record<TransferField, string>; errors: FieldErrors<TransferField>; minDate: string; maxDate: string };

export async function TransferSearchForm({ locale, values, errors, minDate, maxDate }: Props) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const err = (f: TransferField) => (errors[f] ? t(`errors.${errors[f]}`) : undefined);
  const airports = transferAirportOptions(locale).map((a) => ({ code: a.code, label: `${a.cityName} (${a.code}) ${a.name}`, zones: a.zones }));
  const count = (id: TransferField, label: string, min: number, max: number, fallback: string) => (
    <Field id={`transfer-${id}`} label={label} error={err(id)}>
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
    <Form action={`/${locale}/transfers`} aria-label={t('transfers.formLabel')} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      {Object.keys(errors).length > 0 && <FormErrorSummary message={t('common.fixErrors')} />}
      <TransferPlaceFields
        airports={airports}
        airport={values.airport.toUpperCase()}
        zone={values.zone}
        labels={{ airport: t('transfers.airport'), chooseAirport: t('transfers.chooseAirport'), zone: t('transfers.zone'), chooseZone: t('transfers.chooseZone') }}
        errors={{ airport: err('airport'), zone: err('zone') }}
      />
      <div className="grid gap-4 sm:grid-cols-4">
        <Field id="transfer-date" label={t('transfers.date')} error={err('date')}>
          {(p) => <input {...p} type="date" name="date" min={minDate} max={maxDate} defaultValue={values.date} className={inputClass(err('date'))} />}
        </Field>
        <Field id="transfer-time" label={t('transfers.time')} error={err('time')}>
          {(p) => <input {...p} type="time" name="time" defaultValue={values.time} className={inputClass(err('time'))} />}
        </Field>
        {count('passengers', t('transfers.passengers'), 1, 19, '1')}
        {count('bags', t('transfers.bags'), 0, 30, '1')}
      </div>
      <div>
        <SubmitButton>{t('common.search')}</SubmitButton>
      </div>
    </Form>
  );
}
