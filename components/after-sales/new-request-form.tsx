'use client';

import { useTranslations } from 'next-intl';
import type { FormAction as AfterSalesAction } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextAreaField, TextField } from '@/components/forms/field';
import { primaryButton } from './ui';
import { FormMessage } from '@/components/forms/form-message';

type Props = { action: AfterSalesAction; reference: string; locale: string; items: { id: string; label: string }[] };

/** Anything else about the booking (Agreement 6.5), with the order attached and optionally one service. */
export function NewRequestForm({ action, reference, locale, items }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, field } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error && t(state.error)} />
      <SelectField
        id="request-item"
        label={t('afterSales.newRequest.item')}
        options={[{ value: '', label: t('afterSales.newRequest.anyItem') }, ...items.map((item) => ({ value: item.id, label: item.label }))]}
        {...field('itemId')}
      />
      <TextField id="request-subject" label={t('afterSales.newRequest.subject')} maxLength={120} required {...field('subject')} />
      <TextAreaField id="request-message" label={t('afterSales.newRequest.message')} rows={6} maxLength={4000} required {...field('message')} />
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {t('afterSales.newRequest.submit')}
        </button>
      </div>
    </form>
  );
}
