'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { FormAction as AfterSalesAction } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextAreaField, TextField } from '@/components/forms/field';
import { alert, primaryButton } from './ui';

type Topic = 'PASSENGER_DATA_CHANGE' | 'TRANSFER_CHANGE' | 'TRANSFER_EXTRAS';

type Props = {
  action: AfterSalesAction;
  reference: string;
  locale: string;
  topic: Topic;
  itemId: string;
  /** the place's zone, to show the latest allowed moment when the server refuses */
  timeZone: string;
  passengers?: { id: string; name: string }[];
};

type ChangeField = { name: string; type: 'text' | 'date' | 'time' | 'number' | 'select'; autoComplete?: string };

const FIELDS: Record<Topic, ChangeField[]> = {
  PASSENGER_DATA_CHANGE: [
    { name: 'passengerId', type: 'select' },
    { name: 'firstName', type: 'text', autoComplete: 'off' },
    { name: 'lastName', type: 'text', autoComplete: 'off' },
    { name: 'documentNumber', type: 'text', autoComplete: 'off' },
    { name: 'documentExpiry', type: 'date' },
  ],
  TRANSFER_CHANGE: [
    { name: 'newPickupDate', type: 'date' },
    { name: 'newPickupTime', type: 'time' },
    { name: 'address', type: 'text', autoComplete: 'street-address' },
  ],
  TRANSFER_EXTRAS: [
    { name: 'children', type: 'number' },
    { name: 'childSeats', type: 'number' },
    { name: 'animals', type: 'number' },
    { name: 'extraBags', type: 'number' },
  ],
};

/** One change request (Agreement 3.1.4, 6.2); the server checks the window again and says why not. */
export function ChangeRequestForm({ action, reference, locale, topic, itemId, timeZone, passengers = [] }: Props) {
  const t = useTranslations();
  const id = useId();
  const { state, formAction, pending, formKey, field } = useActionForm(action);
  const formError = state.fieldErrors?._form;
  const latestAt = typeof state.details?.latestAt === 'string' ? state.details.latestAt : undefined;
  const clause = typeof state.details?.clause === 'string' ? state.details.clause : undefined;
  const latest = latestAt
    ? `${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(latestAt))} (${timeZone})`
    : null;

  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="topic" value={topic} />
      <input type="hidden" name="itemId" value={itemId} />
      {state.error && (
        <div role="alert" className={alert}>
          <p>{t(state.error)}</p>
          {latest && clause && <p>{t('afterSales.change.refused', { latest, clause })}</p>}
          {formError && <p>{t(formError)}</p>}
        </div>
      )}
      {FIELDS[topic].map((f) => {
        const frame = { id: `${id}-${f.name}`, label: t(`afterSales.change.${f.name === 'passengerId' ? 'passenger' : f.name}`) };
        if (f.type === 'select') {
          return <SelectField key={f.name} {...frame} options={passengers.map((p) => ({ value: p.id, label: p.name }))} {...field(f.name, passengers[0]?.id ?? '')} />;
        }
        const number = f.type === 'number' ? { inputMode: 'numeric' as const, min: 0, max: 9 } : {};
        return <TextField key={f.name} {...frame} type={f.type} {...number} autoComplete={f.autoComplete} {...field(f.name, f.type === 'number' ? '0' : '')} />;
      })}
      <TextAreaField id={`${id}-note`} label={t('afterSales.change.note')} rows={3} {...field('note')} />
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {t('afterSales.change.submit')}
        </button>
      </div>
    </form>
  );
}
