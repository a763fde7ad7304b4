'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { dataRequestKinds, type DataRequestKind } from '@/lib/privacy/data-request-schema';
import { RadioGroupField, TextAreaField, TextField } from '@/components/forms/field';
import { primaryButton } from './ui';
import { FormMessage } from '@/components/forms/form-message';

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
  const { state, formAction, pending, formKey, field } = useActionForm(action);
  const frame = (name: string, fallback = '') => ({ ...field(name, fallback), id: `request-${name}`, label: t(`privacy.request.${name}`) });
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error && t(state.error)} />
      <RadioGroupField
        id="request-kind"
        label={t('privacy.request.kindLegend')}
        {...field('kind', kind ?? '')}
        options={dataRequestKinds.map((k) => ({ value: k, label: t(`privacy.request.kinds.${k}.label`), hint: t(`privacy.request.kinds.${k}.hint`) }))}
      />
      <TextField {...frame('email', email)} hint={t('privacy.request.emailHint')} type="email" autoComplete="email" required />
      <TextField {...frame('name')} autoComplete="name" />
      <TextField {...frame('orderReference', orderReference)} hint={t('privacy.request.orderReferenceHint')} autoCapitalize="characters" />
      <TextAreaField {...frame('details')} hint={t('privacy.request.detailsHint')} rows={5} />

      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? t('privacy.request.sending') : t('privacy.request.submit')}
        </button>
      </div>
    </form>
  );
}
