'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { FormAction as AfterSalesAction } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { alert, fieldError, input, label, primaryButton } from './ui';

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

type Field = { name: string; type: 'text' | 'date' | 'time' | 'number' | 'select'; autoComplete?: string };

const FIELDS: Record<Topic, Field[]> = {
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
  const { state, formAction, pending, formKey } = useActionForm(action);
  const value = (name: string, fallback = '') => state.values?.[name] ?? fallback;
  const errorOf = (name: string) => state.fieldErrors?.[name];
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
          {errorOf('_form') && <p>{t(errorOf('_form')!)}</p>}
        </div>
      )}
      {FIELDS[topic].map((field) => {
        const fieldId = `${id}-${field.name}`;
        const error = errorOf(field.name);
        const describedBy = error ? `${fieldId}-error` : undefined;
        return (
          <div key={field.name} className="flex flex-col">
            <label htmlFor={fieldId} className={label}>
              {t(`afterSales.change.${field.name === 'passengerId' ? 'passenger' : field.name}`)}
            </label>
            {field.type === 'select' ? (
              <select id={fieldId} name={field.name} defaultValue={value(field.name, passengers[0]?.id ?? '')} className={input} aria-invalid={Boolean(error)} aria-describedby={describedBy}>
                {passengers.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={fieldId}
                name={field.name}
                type={field.type}
                inputMode={field.type === 'number' ? 'numeric' : undefined}
                min={field.type === 'number' ? 0 : undefined}
                max={field.type === 'number' ? 9 : undefined}
                defaultValue={value(field.name, field.type === 'number' ? '0' : '')}
                autoComplete={field.autoComplete}
                className={input}
                aria-invalid={Boolean(error)}
                aria-describedby={describedBy}
              />
            )}
            {error && (
              <p id={`${fieldId}-error`} className={fieldError}>
                {t(error)}
              </p>
            )}
          </div>
        );
      })}
      <div className="flex flex-col">
        <label htmlFor={`${id}-note`} className={label}>
          {t('afterSales.change.note')}
        </label>
        <textarea id={`${id}-note`} name="note" rows={3} defaultValue={value('note')} className={input} />
      </div>
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {t('afterSales.change.submit')}
        </button>
      </div>
    </form>
  );
}
