'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { dataRequestKinds } from '@/lib/privacy/data-request-schema';
import { alert, input, primaryButton, status } from './ui';

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState> };

/** Staff record a request from a court, the data protection authority or the police. */
export function AuthorityRequestForm({ action }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, errorsOf: listErrorsOf } = useActionForm(action);
  const errors = (field: string) => listErrorsOf(field);
  const keep = (field: string) => (state.ok ? '' : (state.values?.[field] ?? ''));
  const field = (name: string, type: 'text' | 'email' | 'date' | 'textarea') => {
    const id = `authority-${name}`;
    const invalid = Boolean(errors(name)?.length);
    const props = { id, name, defaultValue: keep(name), 'aria-invalid': invalid, 'aria-describedby': invalid ? `${id}-error` : undefined, className: input };
    return (
      <div className="flex flex-col">
        <label htmlFor={id} className="font-medium text-slate-900">{t(`privacy.staff.authority.${name}`)}</label>
        {type === 'textarea' ? <textarea rows={4} {...props} /> : <input type={type} {...props} />}
        {invalid && <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">{errors(name)![0]}</p>}
      </div>
    );
  };
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" noValidate>
      {state.error && <p role="alert" className={alert}>{t(state.error)}</p>}
      {state.ok && state.message && <p role="status" className={status}>{t(state.message, { reference: state.values?.reference ?? '' })}</p>}
      <div className="flex flex-col">
        <label htmlFor="authority-kind" className="font-medium text-slate-900">{t('privacy.staff.authority.kind')}</label>
        <select id="authority-kind" name="kind" defaultValue={keep('kind') || 'ACCESS'} className={input}>
          {dataRequestKinds.map((k) => (
            <option key={k} value={k}>{t(`privacy.request.kinds.${k}.label`)}</option>
          ))}
        </select>
      </div>
      {field('authorityName', 'text')}
      {field('authorityReference', 'text')}
      {field('email', 'email')}
      {field('receivedOn', 'date')}
      {field('details', 'textarea')}
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>{t('privacy.staff.authority.submit')}</button>
      </div>
    </form>
  );
}
