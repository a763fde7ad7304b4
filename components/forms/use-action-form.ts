'use client';

import { useTranslations } from 'next-intl';
import type { ActionState, FormAction } from '@/lib/auth/action-state';
import { useActionFormWith } from './use-action-form-core';

/** useActionFormWith with the messages translated in the browser, under its area's messages provider. */
export function useActionForm(action: FormAction | ((state: ActionState, formData: FormData) => Promise<ActionState>), initial: ActionState = {}) {
  const t = useTranslations();
  return useActionFormWith(
    action,
    (state) => {
      const message = (key: string | undefined) => (key ? t(key, state.params as never) : undefined);
      return { message, fieldError: (field) => message(state.fieldErrors?.[field]) };
    },
    initial,
  );
}
