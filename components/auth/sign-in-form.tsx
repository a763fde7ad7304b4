'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { Field, FormMessage, inputClass, primaryButton } from '@/components/account/field';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  locale: string;
  callbackUrl?: string;
};

export function SignInForm({ action, locale, callbackUrl }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, errorsOf: listErrorsOf } = useActionForm(action);
  const errors = listErrorsOf('email');
  return (
    <form key={formKey} action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <FormMessage error={state.error ? t(state.error) : undefined} />
      <Field id="signin-email" label={t('auth.signIn.email')} hint={t('auth.signIn.emailHint')} errors={errors}>
        {(describedBy, invalid) => (
          <input
            id="signin-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={state.values?.email ?? ''}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </button>
      </div>
    </form>
  );
}
