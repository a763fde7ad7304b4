'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { removeTripItemAction } from '@/app/[locale]/trip/actions';
import type { ActionState } from '@/lib/auth/action-state';

/** Takes one offer out of the trip; `label` names the offer for screen readers. */
export function RemoveTripItemButton({ itemId, label }: { itemId: string; label: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<ActionState, FormData>(removeTripItemAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="itemId" value={itemId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-60"
      >
        {t('trip.removeShort')}
      </button>
      {state.error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {t(state.error)}
        </p>
      )}
    </form>
  );
}
