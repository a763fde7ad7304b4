'use client';

import { useActionState } from 'react';
import { addToTripFormAction } from '@/app/[locale]/trip/actions';
import type { ActionState } from '@/lib/auth/action-state';

type Props = { kind: 'FLIGHT' | 'HOTEL' | 'TRANSFER'; offerId: string; locale: string; labels: { addToTrip: string; adding: string }; className?: string };

/**
 * Puts an offer into the visitor's trip and opens the trip page. A plain form post: it works without
 * JavaScript, and the trip is kept server-side (strictly necessary `karvan_trip` cookie for guests).
 * Its words come as props and its error in words from the action: offer pages are cached public pages
 * that ship no messages provider (issue 19, point 5).
 */
export function AddToTripButton({ kind, offerId, locale, labels, className }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(addToTripFormAction, {});
  const errorId = `add-to-trip-error-${offerId}`;
  return (
    <form action={action} className={className ?? 'flex flex-col gap-2'}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="locale" value={locale} />
      <button
        type="submit"
        disabled={pending}
        aria-describedby={state.error ? errorId : undefined}
        className="rounded-lg bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? labels.adding : labels.addToTrip}
      </button>
      {state.error && (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {state.errorText ?? state.error}
        </p>
      )}
    </form>
  );
}
