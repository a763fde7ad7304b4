'use client';

import { useActionState, useState } from 'react';
import type { ActionState, FormAction } from '@/lib/auth/action-state';

type AnyAction = FormAction | ((state: ActionState, formData: FormData) => Promise<ActionState>);
/** How a form turns the answer into words: next-intl's messages (useActionForm) or the action's own words. */
type Say = { message: (key: string | undefined) => string | undefined; fieldError: (field: string) => string | undefined };

/**
 * Every form's side of lib/auth/define-action: the state, its messages in words, and the values typed
 * before an error. `formKey` changes with every answer: React resets a form after its action, and a
 * <select> ignores a new defaultValue once mounted, so the form is remounted with the returned values
 * (otherwise a resubmit after an error would lose the chosen options).
 */
export function useActionFormWith(action: AnyAction, say: (state: ActionState) => Say, initial: ActionState = {}) {
  const [state, formAction, pending] = useActionState(action as (state: ActionState, formData: FormData) => Promise<ActionState>, initial);
  const [answers, setAnswers] = useState({ state, count: 0 });
  if (answers.state !== state) setAnswers({ state, count: answers.count + 1 });
  const { message, fieldError } = say(state);
  return {
    state,
    formAction,
    pending,
    formKey: answers.state === state ? answers.count : answers.count + 1,
    error: message(state.error),
    notice: message(state.message),
    /** the translated message of one field, if any */
    errorOf: fieldError,
    /** name, error and kept value of a field of components/forms/field.tsx */
    field: (field: string, fallback = '') => ({ name: field, error: fieldError(field), defaultValue: state.values?.[field] ?? fallback }),
    /** the same for a checkbox: ticked as it was sent, else the given default */
    checkbox: (field: string, fallback = false) => ({
      name: field,
      error: fieldError(field),
      defaultChecked: state.values ? state.values[field] === 'on' : fallback,
    }),
  };
}

/**
 * useActionForm for an action defined with `errorsInWords`, on a page without a messages provider
 * (issue 19, point 5): the error and field errors come back translated; no next-intl in the browser.
 */
export function useActionFormInWords(action: AnyAction, initial: ActionState = {}) {
  return useActionFormWith(action, (state) => ({ message: (key) => (key && key === state.error ? (state.errorText ?? key) : undefined), fieldError: (field) => state.fieldErrorTexts?.[field] }), initial);
}
