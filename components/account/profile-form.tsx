'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { Field, FormMessage, inputClass, primaryButton } from './field';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  locale: string;
  profile: { email: string; name: string | null; phone: string | null };
};

export function ProfileForm({ action, locale, profile }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, errorsOf: listErrorsOf } = useActionForm(action);
  const errors = (field: string) => listErrorsOf(field);
  const value = (field: 'name' | 'phone') => state.values?.[field] ?? profile[field] ?? '';
  return (
    <form key={formKey} action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error ? t(state.error) : undefined} message={state.message ? t(state.message) : undefined} />
      <Field id="profile-email" label={t('account.profile.email')} hint={t('account.profile.emailHint')}>
        {(describedBy) => (
          <input id="profile-email" type="email" value={profile.email} readOnly aria-describedby={describedBy} className={`${inputClass} bg-slate-100`} />
        )}
      </Field>
      <Field id="profile-name" label={t('account.profile.name')} hint={t('account.profile.nameHint')} errors={errors('name')}>
        {(describedBy, invalid) => (
          <input id="profile-name" name="name" autoComplete="name" defaultValue={value('name')} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <Field id="profile-phone" label={t('account.profile.phone')} hint={t('account.profile.phoneHint')} errors={errors('phone')}>
        {(describedBy, invalid) => (
          <input id="profile-phone" name="phone" type="tel" autoComplete="tel" defaultValue={value('phone')} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? t('account.profile.saving') : t('account.profile.save')}
        </button>
      </div>
    </form>
  );
}
