'use client';

import { removeTripItemAction } from '@/app/[locale]/trip/actions';
import { OneButtonForm } from '@/components/forms/one-button-form';

/**
 * Takes one offer out of the trip; `label` names the offer for screen readers, `text` is the button's.
 * Its error comes in words from the action: checkout ships no messages provider.
 */
export function RemoveTripItemButton({ itemId, locale, label, text }: { itemId: string; locale: string; label: string; text: string }) {
  return (
    <OneButtonForm action={removeTripItemAction} fields={{ itemId, locale }}>
      {(pending) => (
        <button
          type="submit"
          disabled={pending}
          aria-label={label}
          className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-60"
        >
          {text}
        </button>
      )}
    </OneButtonForm>
  );
}
