import Form from 'next/form';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { FieldErrors, TransferField } from '@/lib/inventory/search-params';
import { transferAirportOptions } from '@/lib/inventory/transfer-places';
import { primaryButton } from '@/components/forms/buttons';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SelectField, TextField } from '@/components/forms/field';
import { TransferPlaceFields } from './transfer-place-fields';

type Props = { locale: Locale; values: Record<TransferField, string>; errors: FieldErrors<TransferField>; minDate: string; maxDate: string };

export async function TransferSearchForm({ locale, values, errors, minDate, maxDate }: Props) {
  const t = await getTranslations({ locale, namespace: 'search' });
  const err = (f: TransferField) => (errors[f] ? t(`errors.${errors[f]}`) : undefined);
  const labels: Record<TransferField, string> = { airport: t('transfers.airport'), zone: t('transfers.zone'), date: t('transfers.date'), time: t('transfers.time'), passengers: t('transfers.passengers'), bags: t('transfers.bags') };
  // One link per field, naming it, to its control (ids are `transfer-<field>`).
  const summary = (Object.keys(errors) as TransferField[]).map((f) => ({ target: `transfer-${f}`, text: t('common.errorEntry', { field: labels[f], message: err(f)! }) }));
  const airports = transferAirportOptions(locale).map((a) => ({ code: a.code, label: `${a.cityName} (${a.code}) ${a.name}`, zones: a.zones }));
  const count = (id: TransferField, label: string, min: number, max: number, fallback: string) => (
    <SelectField
      id={`transfer-${id}`}
      name={id}
      label={label}
      error={err(id)}
      defaultValue={values[id] || fallback}
      options={Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => ({ value: String(n), label: String(n) }))}
    />
  );
  return (
    <Form action={`/${locale}/transfers`} aria-label={t('transfers.formLabel')} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      {Object.keys(errors).length > 0 && <ErrorSummary title={t('common.fixErrors')} entries={summary} />}
      <TransferPlaceFields
        airports={airports}
        airport={values.airport.toUpperCase()}
        zone={values.zone}
        labels={{ airport: t('transfers.airport'), chooseAirport: t('transfers.chooseAirport'), zone: t('transfers.zone'), chooseZone: t('transfers.chooseZone') }}
        errors={{ airport: err('airport'), zone: err('zone') }}
      />
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField id="transfer-date" name="date" label={t('transfers.date')} error={err('date')} type="date" min={minDate} max={maxDate} defaultValue={values.date} />
        <TextField id="transfer-time" name="time" label={t('transfers.time')} error={err('time')} type="time" defaultValue={values.time} />
        {count('passengers', t('transfers.passengers'), 1, 19, '1')}
        {count('bags', t('transfers.bags'), 0, 30, '1')}
      </div>
      <div>
        <button type="submit" className={primaryButton}>
          {t('common.search')}
        </button>
      </div>
    </Form>
  );
}
