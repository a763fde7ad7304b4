'use client';

import { useActionState } from 'react';
import { removeTripItemAction } from '@/app/[locale]/trip/actions';
import type { ActionState } from '@/lib/auth/action-state';

/**
 * Takes one offer out of the trip; `label` names the offer for screen readers, `text` is the button's.
 * Its error comes in words from the action: checkout ships no messages provider.
 */
export function RemoveTripItemButton({ itemId, locale, label, text }: { itemId: string; locale: string; label: string; text: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(removeTripItemAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="locale" value={locale} />
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-60"
      >
        {text}
      </button>
      {state.error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {state.errorText ?? state.error}
        </p>
      )}
    </form>
  );
}
