'use client';

import { useTranslations } from 'next-intl';
import type { FormAction as AfterSalesAction } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { alert, fieldError, input, label, primaryButton } from './ui';

type Props = { action: AfterSalesAction; reference: string; locale: string; items: { id: string; label: string }[] };

/** Anything else about the booking (Agreement 6.5), with the order attached and optionally one service. */
export function NewRequestForm({ action, reference, locale, items }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey } = useActionForm(action);
  const error = (name: string) => state.fieldErrors?.[name];
  const field = (name: 'subject' | 'message') => ({
    id: `request-${name}`,
    name,
    defaultValue: state.values?.[name] ?? '',
    className: input,
    'aria-invalid': Boolean(error(name)),
    'aria-describedby': error(name) ? `request-${name}-error` : undefined,
  });
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="locale" value={locale} />
      {state.error && (
        <p role="alert" className={alert}>
          {t(state.error)}
        </p>
      )}
      <div className="flex flex-col">
        <label htmlFor="request-item" className={label}>
          {t('afterSales.newRequest.item')}
        </label>
        <select id="request-item" name="itemId" defaultValue={state.values?.itemId ?? ''} className={input}>
          <option value="">{t('afterSales.newRequest.anyItem')}</option>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="request-subject" className={label}>
          {t('afterSales.newRequest.subject')}
        </label>
        <input type="text" maxLength={120} required {...field('subject')} />
        {error('subject') && (
          <p id="request-subject-error" className={fieldError}>
            {t(error('subject')!)}
          </p>
        )}
      </div>
      <div className="flex flex-col">
        <label htmlFor="request-message" className={label}>
          {t('afterSales.newRequest.message')}
        </label>
        <textarea rows={6} maxLength={4000} required {...field('message')} />
        {error('message') && (
          <p id="request-message-error" className={fieldError}>
            {t(error('message')!)}
          </p>
        )}
      </div>
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {t('afterSales.newRequest.submit')}
        </button>
      </div>
    </form>
  );
}
