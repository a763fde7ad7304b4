'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { primaryButton } from '@/components/forms/buttons';
import { TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  locale: string;
  callbackUrl?: string;
};

export function SignInForm({ action, locale, callbackUrl }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, field } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <FormMessage error={state.error ? t(state.error) : undefined} />
      <TextField id="signin-email" label={t('auth.signIn.email')} hint={t('auth.signIn.emailHint')} type="email" autoComplete="email" required {...field('email')} />
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </button>
      </div>
    </form>
  );
}
