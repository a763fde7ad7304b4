'use client';

import { useTranslations } from 'next-intl';
import type { FormAction as AfterSalesAction } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { dangerButton } from './ui';
import { FormMessage } from '@/components/forms/form-message';

type Props = {
  action: AfterSalesAction;
  reference: string;
  locale: string;
  itemId: string;
  quoteHash: string;
};

/** Confirms exactly the quote shown: its hash goes with the form and the server recomputes it. */
export function CancelConfirmForm({ action, reference, locale, itemId, quoteHash }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="quoteHash" value={quoteHash} />
      <FormMessage error={state.error && t(state.error)} />
      <p id="confirm-hint" className="text-sm text-slate-700">
        {t('afterSales.cancel.confirmHint')}
      </p>
      <div>
        <button type="submit" className={dangerButton} disabled={pending} aria-describedby="confirm-hint">
          {t('afterSales.cancel.confirm')}
        </button>
      </div>
    </form>
  );
}
