'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { primaryButton, secondaryButton } from '@/components/forms/buttons';
import { SelectField, TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function GrantRoleForm({ action, locale }: { action: Action; locale: string }) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, field } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error ? t(state.error) : undefined} message={state.message ? t(state.message) : undefined} />
      <TextField id="grant-email" label={t('admin.staff.grant.email')} type="email" required {...field('email')} />
      <SelectField
        id="grant-role"
        label={t('admin.staff.grant.role')}
        options={(['SUPPORT', 'ADMIN'] as const).map((role) => ({ value: role, label: t(`admin.staff.roles.${role}`) }))}
        {...field('role', 'SUPPORT')}
      />
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {t('admin.staff.grant.submit')}
        </button>
      </div>
    </form>
  );
}

export function RevokeRoleForm({ action, locale, email }: { action: Action; locale: string; email: string }) {
  const t = useTranslations();
  const { state, formAction, pending, formKey } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} className="flex flex-col items-end gap-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="email" value={email} />
      <FormMessage error={state.error ? t(state.error) : undefined} message={state.message ? t(state.message) : undefined} />
      <button type="submit" className={secondaryButton} disabled={pending} aria-label={t('admin.staff.revokeLabel', { email })}>
        {t('admin.staff.revoke')}
      </button>
    </form>
  );
}
