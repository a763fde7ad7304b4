'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { dataRequestKinds } from '@/lib/privacy/data-request-schema';
import { SelectField, TextAreaField, TextField } from '@/components/forms/field';
import { primaryButton, status } from './ui';
import { FormMessage } from '@/components/forms/form-message';

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState> };

/** Staff record a request from a court, the data protection authority or the police. */
export function AuthorityRequestForm({ action }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, field } = useActionForm(action);
  // after a success the form starts empty for the next request
  const kept = (name: string, fallback = '') => ({ ...field(name, fallback), ...(state.ok ? { defaultValue: fallback } : {}), id: `authority-${name}`, label: t(`privacy.staff.authority.${name}`) });
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage error={state.error && t(state.error)} />
      {state.ok && state.message && <p role="status" className={status}>{t(state.message, { reference: state.values?.reference ?? '' })}</p>}
      <SelectField {...kept('kind', 'ACCESS')} options={dataRequestKinds.map((k) => ({ value: k, label: t(`privacy.request.kinds.${k}.label`) }))} />
      <TextField {...kept('authorityName')} />
      <TextField {...kept('authorityReference')} />
      <TextField {...kept('email')} type="email" />
      <TextField {...kept('receivedOn')} type="date" />
      <TextAreaField {...kept('details')} />
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>{t('privacy.staff.authority.submit')}</button>
      </div>
    </form>
  );
}
