'use client';

import { useTranslations } from 'next-intl';
import type { FormAction as AfterSalesAction } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { alert, fieldError, input, label, primaryButton, status } from './ui';

type Props = { action: AfterSalesAction; reference: string; locale: string; requestId: string };

/** The traveller writes on their request. */
export function RequestReplyForm({ action, reference, locale, requestId }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey } = useActionForm(action);
  const error = state.fieldErrors?.body;
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="requestId" value={requestId} />
      {state.error && (
        <p role="alert" className={alert}>
          {t(state.error)}
        </p>
      )}
      {state.ok && state.message && (
        <p role="status" className={status}>
          {t(state.message)}
        </p>
      )}
      <div className="flex flex-col">
        <label htmlFor="reply-body" className={label}>
          {t('afterSales.request.reply')}
        </label>
        <textarea
          id="reply-body"
          name="body"
          rows={4}
          maxLength={4000}
          defaultValue={state.ok ? '' : (state.values?.body ?? '')}
          className={input}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'reply-body-error' : undefined}
        />
        {error && (
          <p id="reply-body-error" className={fieldError}>
            {t(error)}
          </p>
        )}
      </div>
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {t('afterSales.request.send')}
        </button>
      </div>
    </form>
  );
}
