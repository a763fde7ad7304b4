'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionState, FormAction } from '@/lib/auth/action-state';

/**
 * Every form's side of lib/auth/define-action: the state, translated messages, and the values typed
 * before an error. `formKey` changes with every answer: React resets a form after its action, and a
 * <select> ignores a new defaultValue once mounted, so the form is remounted with the returned values
 * (otherwise a resubmit after an error would lose the chosen options).
 */
export function useActionForm(action: FormAction | ((state: ActionState, formData: FormData) => Promise<ActionState>), initial: ActionState = {}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action as (state: ActionState, formData: FormData) => Promise<ActionState>, initial);
  const [answers, setAnswers] = useState({ state, count: 0 });
  if (answers.state !== state) setAnswers({ state, count: answers.count + 1 });
  const message = (key: string | undefined) => (key ? t(key, state.params as never) : undefined);
  return {
    state,
    formAction,
    pending,
    formKey: answers.state === state ? answers.count : answers.count + 1,
    error: message(state.error),
    notice: message(state.message),
    /** the translated message of one field, if any */
    errorOf: (field: string) => message(state.fieldErrors?.[field]),
    /** name, error and kept value of a field of components/forms/field.tsx */
    field: (field: string, fallback = '') => ({ name: field, error: message(state.fieldErrors?.[field]), defaultValue: state.values?.[field] ?? fallback }),
    /** the same for a checkbox: ticked as it was sent, else the given default */
    checkbox: (field: string, fallback = false) => ({
      name: field,
      error: message(state.fieldErrors?.[field]),
      defaultChecked: state.values ? state.values[field] === 'on' : fallback,
    }),
  };
}
