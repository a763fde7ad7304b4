'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { primaryButton, secondaryButton } from '@/components/forms/buttons';
import { SelectField, TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';

type TravellerFormValues = {
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
  const { state, formAction, pending, formKey, field } = useActionForm(action);
  const prefix = initial.id ? `traveller-${initial.id.slice(0, 8)}` : 'traveller-new';
  const id = (field: string) => `${prefix}-${field}`;
  const text = (name: 'firstName' | 'lastName' | 'documentNumber', extra: { hint?: string; autoComplete?: string }) => (
    <TextField id={id(name)} label={t(`account.travellers.form.${name}`)} hint={extra.hint} required autoComplete={extra.autoComplete ?? 'off'} spellCheck={false} {...field(name, initial[name])} />
  );
  const date = (name: 'dateOfBirth' | 'documentExpiry') => (
    <TextField id={id(name)} label={t(`account.travellers.form.${name}`)} type="date" required {...field(name, initial[name])} />
  );

  return (
    <form key={formKey} action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <FormMessage error={state.error ? t(state.error) : undefined} />
      {text('firstName', { hint: t('account.travellers.form.latinHint') })}
      {text('lastName', { hint: t('account.travellers.form.latinHint') })}
      {date('dateOfBirth')}
      <SelectField id={id('gender')} label={t('account.travellers.form.gender')} required {...field('gender', initial.gender)}>
        <option value="" disabled>
          {t('account.travellers.form.gender')}
        </option>
        {genders.map((g) => (
          <option key={g} value={g}>
            {t(`account.travellers.form.genders.${g}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={id('nationality')}
        label={t('account.travellers.form.nationality')}
        required
        options={[{ value: '', label: t('account.travellers.form.chooseNationality'), disabled: true }, ...countries.map((c) => ({ value: c.code, label: c.name }))]}
        {...field('nationality', initial.nationality)}
      />
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
