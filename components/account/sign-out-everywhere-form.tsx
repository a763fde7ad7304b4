'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { secondaryButton } from '@/components/forms/buttons';
import { FormMessage } from '@/components/forms/form-message';

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; locale: string };

export function SignOutEverywhereForm({ action, locale }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} className="flex flex-col items-start gap-2">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error ? t(state.error) : undefined} />
      <button type="submit" className={secondaryButton} disabled={pending}>
        {t('account.overview.devices.button')}
      </button>
    </form>
  );
}
