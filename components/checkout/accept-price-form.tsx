'use client';

import { useActionState } from 'react';
import { acceptPriceAction } from '@/app/[locale]/checkout/actions';
import type { ActionState } from '@/lib/auth/action-state';
import { primaryButton } from '@/components/forms/buttons';

/** Accepts one offer's new price; its error comes in words from the action (checkout ships no messages provider). */
export function AcceptPriceForm({ itemId, locale, label }: { itemId: string; locale: string; label: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(acceptPriceAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className={primaryButton} disabled={pending}>
        {label}
      </button>
      {state.error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {state.errorText ?? state.error}
        </p>
      )}
    </form>
  );
}
