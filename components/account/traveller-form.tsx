'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { Field, FormMessage, inputClass, primaryButton, secondaryButton } from './field';

export type TravellerFormValues = {
  id?: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  gender: string;
  nationality: string;
  documentNumber: string;
  documentExpiry: string;
};

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  locale: string;
  initial: TravellerFormValues;
  countries: { code: string; name: string }[];
};

const genders = ['FEMALE', 'MALE', 'UNSPECIFIED'] as const;

export function TravellerForm({ action, locale, initial, countries }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, errorsOf: listErrorsOf } = useActionForm(action);
  const errors = (field: string) => listErrorsOf(field);
  const value = (field: keyof TravellerFormValues) => state.values?.[field] ?? initial[field] ?? '';
  const prefix = initial.id ? `traveller-${initial.id.slice(0, 8)}` : 'traveller-new';
  const id = (field: string) => `${prefix}-${field}`;
  const text = (field: 'firstName' | 'lastName' | 'documentNumber', extra: { hint?: string; autoComplete?: string }) => (
    <Field id={id(field)} label={t(`account.travellers.form.${field}`)} hint={extra.hint} errors={errors(field)}>
      {(describedBy, invalid) => (
        <input
          id={id(field)}
          name={field}
          required
          autoComplete={extra.autoComplete ?? 'off'}
          spellCheck={false}
          defaultValue={value(field)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
        />
      )}
    </Field>
  );
  const date = (field: 'dateOfBirth' | 'documentExpiry') => (
    <Field id={id(field)} label={t(`account.travellers.form.${field}`)} errors={errors(field)}>
      {(describedBy, invalid) => (
        <input
          id={id(field)}
          name={field}
          type="date"
          required
          defaultValue={value(field)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
        />
      )}
    </Field>
  );

  return (
    <form key={formKey} action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <FormMessage error={state.error ? t(state.error) : undefined} />
      {text('firstName', { hint: t('account.travellers.form.latinHint') })}
      {text('lastName', { hint: t('account.travellers.form.latinHint') })}
      {date('dateOfBirth')}
      <Field id={id('gender')} label={t('account.travellers.form.gender')} errors={errors('gender')}>
        {(describedBy, invalid) => (
          <select id={id('gender')} name="gender" required defaultValue={value('gender')} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass}>
            <option value="" disabled>
              {t('account.travellers.form.gender')}
            </option>
            {genders.map((g) => (
              <option key={g} value={g}>
                {t(`account.travellers.form.genders.${g}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id('nationality')} label={t('account.travellers.form.nationality')} errors={errors('nationality')}>
        {(describedBy, invalid) => (
          <select id={id('nationality')} name="nationality" required defaultValue={value('nationality')} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass}>
            <option value="" disabled>
              {t('account.travellers.form.chooseNationality')}
            </option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('documentNumber', { hint: t('account.travellers.form.documentHint') })}
      {date('documentExpiry')}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? t('account.travellers.form.saving') : t('account.travellers.form.save')}
        </button>
        <Link href="/account/travellers" className={secondaryButton}>
          {t('account.travellers.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
