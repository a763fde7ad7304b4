'use client';

import { acceptPriceAction } from '@/app/[locale]/checkout/actions';
import { primaryButton } from '@/components/forms/buttons';
import { OneButtonForm } from '@/components/forms/one-button-form';

/** Accepts one offer's new price; its error comes in words from the action (checkout ships no messages provider). */
export function AcceptPriceForm({ itemId, locale, label }: { itemId: string; locale: string; label: string }) {
  return (
    <OneButtonForm action={acceptPriceAction} fields={{ itemId, locale }}>
      {(pending) => (
        <button type="submit" className={primaryButton} disabled={pending}>
          {label}
        </button>
      )}
    </OneButtonForm>
  );
}
