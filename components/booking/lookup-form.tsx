'use client';

import type { ActionState } from '@/lib/auth/action-state';
import { useActionFormInWords } from '@/components/forms/use-action-form-core';
import { primaryButton } from '@/components/forms/buttons';
import { TextField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';

export type BookingLookupWords = { reference: string; referenceHint: string; surname: string; surnameHint: string; submit: string; submitting: string };

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  locale: string;
  /** its labels, translated by the page; the action answers its errors in words (also on the checkout confirmation, which has no messages provider) */
  words: BookingLookupWords;
  /** the reference the page already knows (the confirmation page's `ref`) */
  reference?: string;
};

/** Reference + surname. The same message for every miss, so the form says nothing about a reference. */
export function BookingLookupForm({ action, locale, words, reference = '' }: Props) {
  const { error, formAction, pending, formKey, field } = useActionFormInWords(action);
  return (
    <form key={formKey} action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage error={error} />
      <TextField
        id="booking-reference"
        label={words.reference}
        hint={words.referenceHint}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        maxLength={40}
        controlClassName="font-mono uppercase tracking-wider"
        {...field('reference', reference)}
      />
      <TextField id="booking-surname" label={words.surname} hint={words.surnameHint} autoComplete="family-name" required maxLength={100} {...field('surname')} />
      <div>
        <button type="submit" className={primaryButton} disabled={pending} aria-disabled={pending}>
          {pending ? words.submitting : words.submit}
        </button>
      </div>
    </form>
  );
}

