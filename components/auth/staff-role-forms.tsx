'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { Field, FormMessage, inputClass, primaryButton, secondaryButton } from '@/components/account/field';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function GrantRoleForm({ action, locale }: { action: Action; locale: string }) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, errorsOf: listErrorsOf } = useActionForm(action);
  const errors = (field: string) => listErrorsOf(field);
  return (
    <form key={formKey} action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error ? t(state.error) : undefined} message={state.message ? t(state.message) : undefined} />
      <Field id="grant-email" label={t('admin.staff.grant.email')} errors={errors('email')}>
        {(describedBy, invalid) => (
          <input id="grant-email" name="email" type="email" required defaultValue={state.values?.email ?? ''} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>
      <Field id="grant-role" label={t('admin.staff.grant.role')} errors={errors('role')}>
        {(describedBy, invalid) => (
          <select id="grant-role" name="role" defaultValue={state.values?.role ?? 'SUPPORT'} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass}>
            <option value="SUPPORT">{t('admin.staff.roles.SUPPORT')}</option>
            <option value="ADMIN">{t('admin.staff.roles.ADMIN')}</option>
          </select>
        )}
      </Field>
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
