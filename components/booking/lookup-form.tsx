'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { Field, FormMessage, inputClass, primaryButton } from '@/components/account/field';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  locale: string;
  /** the reference the page already knows (the confirmation page's `ref`) */
  reference?: string;
};

/** Reference + surname. The same message for every miss, so the form says nothing about a reference. */
export function BookingLookupForm({ action, locale, reference = '' }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, errorsOf: listErrorsOf } = useActionForm(action);
  const errorsOf = (field: string) => listErrorsOf(field);
  return (
    <form key={formKey} action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error ? t(state.error) : undefined} />
      <Field id="booking-reference" label={t('booking.lookup.reference')} hint={t('booking.lookup.referenceHint')} errors={errorsOf('reference')}>
        {(describedBy, invalid) => (
          <input
            id="booking-reference"
            name="reference"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            maxLength={40}
            defaultValue={state.values?.reference ?? reference}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={`${inputClass} font-mono uppercase tracking-wider`}
          />
        )}
      </Field>
      <Field id="booking-surname" label={t('booking.lookup.surname')} hint={t('booking.lookup.surnameHint')} errors={errorsOf('surname')}>
        {(describedBy, invalid) => (
          <input
            id="booking-surname"
            name="surname"
            type="text"
            autoComplete="family-name"
            required
            maxLength={100}
            defaultValue={state.values?.surname ?? ''}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <div>
        <button type="submit" className={primaryButton} disabled={pending} aria-disabled={pending}>
          {pending ? t('booking.lookup.submitting') : t('booking.lookup.submit')}
        </button>
      </div>
    </form>
  );
}
