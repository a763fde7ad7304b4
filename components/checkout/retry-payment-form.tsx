'use client';

import { useActionState } from 'react';
import { retryPaymentAction } from '@/app/[locale]/checkout/actions';
import type { ActionState } from '@/lib/auth/action-state';
import { primaryButton } from '@/components/forms/buttons';

/** "Pay now" for a held order after a decline or an abandoned payment page; its error comes in words from the action. */
export function RetryPaymentForm({ reference, locale, label, linkToken }: { reference: string; locale: string; label: string; linkToken?: string | null }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(retryPaymentAction, {});
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="locale" value={locale} />
      {linkToken && <input type="hidden" name="t" value={linkToken} />}
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {label}
        </button>
      </div>
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.errorText ?? state.error}
        </p>
      )}
    </form>
  );
}
