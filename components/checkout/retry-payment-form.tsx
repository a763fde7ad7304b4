'use client';

import { retryPaymentAction } from '@/app/[locale]/checkout/actions';
import { primaryButton } from '@/components/forms/buttons';
import { OneButtonForm } from '@/components/forms/one-button-form';

/** "Pay now" for a held order after a decline or an abandoned payment page; its error comes in words from the action. */
export function RetryPaymentForm({ reference, locale, label, linkToken }: { reference: string; locale: string; label: string; linkToken?: string | null }) {
  return (
    <OneButtonForm action={retryPaymentAction} fields={{ reference, locale, t: linkToken }} className="flex flex-col gap-1">
      {(pending) => (
        <div>
          <button type="submit" className={primaryButton} disabled={pending}>
            {label}
          </button>
        </div>
      )}
    </OneButtonForm>
  );
}
