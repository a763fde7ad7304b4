'use client';

import { useTranslations } from 'next-intl';
import type { FormAction as AfterSalesAction } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { TextAreaField } from '@/components/forms/field';
import { primaryButton, status } from './ui';
import { FormMessage } from '@/components/forms/form-message';

type Props = { action: AfterSalesAction; reference: string; locale: string; requestId: string };

/** The traveller writes on their request. */
export function RequestReplyForm({ action, reference, locale, requestId }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, field } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="requestId" value={requestId} />
      <FormMessage error={state.error && t(state.error)} />
      {state.ok && state.message && (
        <p role="status" className={status}>
          {t(state.message)}
        </p>
      )}
      {/* after a sent reply the box starts empty */}
      <TextAreaField id="reply-body" label={t('afterSales.request.reply')} maxLength={4000} {...field('body')} {...(state.ok ? { defaultValue: '' } : {})} />
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {t('afterSales.request.send')}
        </button>
      </div>
    </form>
  );
}
