'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { dataRequestKinds, type DataRequestKind } from '@/lib/privacy/data-request-schema';
import { alert, input, primaryButton } from './ui';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  locale: string;
  /** the signed-in user's address (requests from it need no email confirmation) */
  email?: string;
  kind?: DataRequestKind;
  orderReference?: string;
};

export function DataRequestForm({ action, locale, email, kind, orderReference }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, errorsOf: listErrorsOf } = useActionForm(action);
  const errors = (field: string) => listErrorsOf(field);
  const value = (field: string, fallback = '') => state.values?.[field] ?? fallback;
  const describedBy = (field: string, hint?: boolean) => [hint ? `request-${field}-hint` : null, errors(field)?.length ? `request-${field}-error` : null].filter(Boolean).join(' ') || undefined;
  const error = (field: string) =>
    errors(field)?.length ? (
      <p id={`request-${field}-error`} className="mt-1 text-sm font-medium text-red-700">
        {errors(field)![0]}
      </p>
    ) : null;

  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.error && (
        <p role="alert" className={alert}>
          {t(state.error)}
        </p>
      )}
      <fieldset aria-describedby={describedBy('kind')}>
        <legend className="font-medium text-slate-900">{t('privacy.request.kindLegend')}</legend>
        <div className="mt-2 flex flex-col gap-2">
          {dataRequestKinds.map((k) => (
            <div key={k} className="flex items-start gap-3">
              <input
                id={`request-kind-${k}`}
                type="radio"
                name="kind"
                value={k}
                defaultChecked={value('kind', kind ?? '') === k}
                aria-describedby={`request-kind-${k}-hint`}
                className="mt-1 h-5 w-5 accent-brand-600"
              />
              <div>
                <label htmlFor={`request-kind-${k}`} className="font-medium text-slate-900">
                  {t(`privacy.request.kinds.${k}.label`)}
                </label>
                <p id={`request-kind-${k}-hint`} className="text-sm text-slate-600">
                  {t(`privacy.request.kinds.${k}.hint`)}
                </p>
              </div>
            </div>
          ))}
        </div>
        {error('kind')}
      </fieldset>

      <div className="flex flex-col">
        <label htmlFor="request-email" className="font-medium text-slate-900">{t('privacy.request.email')}</label>
        <p id="request-email-hint" className="text-sm text-slate-600">{t('privacy.request.emailHint')}</p>
        <input id="request-email" name="email" type="email" autoComplete="email" required defaultValue={value('email', email)} aria-describedby={describedBy('email', true)} aria-invalid={Boolean(errors('email')?.length)} className={input} />
        {error('email')}
      </div>

      <div className="flex flex-col">
        <label htmlFor="request-name" className="font-medium text-slate-900">{t('privacy.request.name')}</label>
        <input id="request-name" name="name" type="text" autoComplete="name" defaultValue={value('name')} aria-describedby={describedBy('name')} aria-invalid={Boolean(errors('name')?.length)} className={input} />
        {error('name')}
      </div>

      <div className="flex flex-col">
        <label htmlFor="request-orderReference" className="font-medium text-slate-900">{t('privacy.request.orderReference')}</label>
        <p id="request-orderReference-hint" className="text-sm text-slate-600">{t('privacy.request.orderReferenceHint')}</p>
        <input id="request-orderReference" name="orderReference" type="text" autoCapitalize="characters" defaultValue={value('orderReference', orderReference)} aria-describedby={describedBy('orderReference', true)} aria-invalid={Boolean(errors('orderReference')?.length)} className={input} />
        {error('orderReference')}
      </div>

      <div className="flex flex-col">
        <label htmlFor="request-details" className="font-medium text-slate-900">{t('privacy.request.details')}</label>
        <p id="request-details-hint" className="text-sm text-slate-600">{t('privacy.request.detailsHint')}</p>
        <textarea id="request-details" name="details" rows={5} defaultValue={value('details')} aria-describedby={describedBy('details', true)} aria-invalid={Boolean(errors('details')?.length)} className={input} />
        {error('details')}
      </div>

      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? t('privacy.request.sending') : t('privacy.request.submit')}
        </button>
      </div>
    </form>
  );
}
