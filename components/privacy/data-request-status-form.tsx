'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { alert, input, primaryButton, status } from './ui';

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; id: string; locale: string };

/** Staff move a request on: in progress, completed or rejected (the last two with what was done). */
export function DataRequestStatusForm({ action, id, locale }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, errorsOf: listErrorsOf } = useActionForm(action);
  const resolutionErrors = listErrorsOf('resolution');
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="locale" value={locale} />
      {state.error && <p role="alert" className={alert}>{t(state.error)}</p>}
      {state.ok && state.message && <p role="status" className={status}>{t(state.message)}</p>}
      <div className="flex flex-col">
        <label htmlFor="request-status" className="font-medium text-slate-900">{t('privacy.staff.newStatus')}</label>
        <select id="request-status" name="status" defaultValue={state.values?.status ?? 'IN_PROGRESS'} className={input}>
          {(['IN_PROGRESS', 'COMPLETED', 'REJECTED'] as const).map((s) => (
            <option key={s} value={s}>{t(`privacy.statuses.${s}`)}</option>
          ))}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="request-resolution" className="font-medium text-slate-900">{t('privacy.staff.resolution')}</label>
        <p id="request-resolution-hint" className="text-sm text-slate-600">{t('privacy.staff.resolutionHint')}</p>
        <textarea
          id="request-resolution"
          name="resolution"
          rows={4}
          defaultValue={state.values?.resolution ?? ''}
          aria-describedby={resolutionErrors?.length ? 'request-resolution-hint request-resolution-error' : 'request-resolution-hint'}
          aria-invalid={Boolean(resolutionErrors?.length)}
          className={input}
        />
        {resolutionErrors?.length ? <p id="request-resolution-error" className="mt-1 text-sm font-medium text-red-700">{resolutionErrors[0]}</p> : null}
      </div>
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>{t('privacy.staff.saveStatus')}</button>
      </div>
    </form>
  );
}
