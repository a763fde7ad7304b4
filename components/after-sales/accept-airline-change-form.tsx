'use client';

import { useTranslations } from 'next-intl';
import type { FormAction as AfterSalesAction } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { primaryButton } from './ui';
import { FormMessage } from '@/components/forms/form-message';

type Props = { action: AfterSalesAction; reference: string; locale: string };

/** Accepts the airline's new times of a flight booked through a supplier (the change is shown above). */
export function AcceptAirlineChangeForm({ action, reference, locale }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error && t(state.error)} />
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {t('afterSales.airlineChange.accept')}
        </button>
      </div>
    </form>
  );
}
