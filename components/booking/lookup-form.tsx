'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionForm } from '@/components/forms/use-action-form';
import { primaryButton } from '@/components/forms/buttons';
import { TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  locale: string;
  /** the reference the page already knows (the confirmation page's `ref`) */
  reference?: string;
};

/** Reference + surname. The same message for every miss, so the form says nothing about a reference. */
export function BookingLookupForm({ action, locale, reference = '' }: Props) {
  const t = useTranslations();
  const { state, formAction, pending, formKey, field } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={state.error ? t(state.error) : undefined} />
      <TextField
        id="booking-reference"
        label={t('booking.lookup.reference')}
        hint={t('booking.lookup.referenceHint')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        maxLength={40}
        controlClassName="font-mono uppercase tracking-wider"
        {...field('reference', reference)}
      />
      <TextField id="booking-surname" label={t('booking.lookup.surname')} hint={t('booking.lookup.surnameHint')} autoComplete="family-name" required maxLength={100} {...field('surname')} />
      <div>
        <button type="submit" className={primaryButton} disabled={pending} aria-disabled={pending}>
          {pending ? t('booking.lookup.submitting') : t('booking.lookup.submit')}
        </button>
      </div>
    </form>
  );
}
