'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { SelectField, TextAreaField } from '@/components/forms/field';
import { primaryButton, status } from './ui';
import { FormMessage } from '@/components/forms/form-message';

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; id: string; locale: string };

/** Staff move a request on: in progress, completed or rejected (the last two with what was done). */
export function DataRequestStatusForm({ action, id, locale }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, field } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error && t(state.error)} />
      {state.ok && state.message && <p role="status" className={status}>{t(state.message)}</p>}
      <SelectField
        id="request-status"
        label={t('privacy.staff.newStatus')}
        options={(['IN_PROGRESS', 'COMPLETED', 'REJECTED'] as const).map((s) => ({ value: s, label: t(`privacy.statuses.${s}`) }))}
        {...field('status', 'IN_PROGRESS')}
      />
      <TextAreaField id="request-resolution" label={t('privacy.staff.resolution')} hint={t('privacy.staff.resolutionHint')} {...field('resolution')} />
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>{t('privacy.staff.saveStatus')}</button>
      </div>
    </form>
  );
}
