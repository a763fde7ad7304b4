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
  profile: { email: string; name: string | null; phone: string | null };
};

export function ProfileForm({ action, locale, profile }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, field } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error ? t(state.error) : undefined} message={state.message ? t(state.message) : undefined} />
      {/* shown, not sent: the e-mail changes only through a sign-in link */}
      <TextField id="profile-email" name="" type="email" value={profile.email} readOnly label={t('account.profile.email')} hint={t('account.profile.emailHint')} controlClassName="bg-slate-100" />
      <TextField id="profile-name" label={t('account.profile.name')} hint={t('account.profile.nameHint')} autoComplete="name" {...field('name', profile.name ?? '')} />
      <TextField id="profile-phone" label={t('account.profile.phone')} hint={t('account.profile.phoneHint')} type="tel" autoComplete="tel" {...field('phone', profile.phone ?? '')} />
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? t('account.profile.saving') : t('account.profile.save')}
        </button>
      </div>
    </form>
  );
}
