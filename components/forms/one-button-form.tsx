'use client';

import type { ReactNode } from 'react';
import type { ActionState } from '@/lib/auth/action-state';
import { useActionFormInWords } from './use-action-form-core';

type Props = {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  /** hidden fields; an empty value is left out */
  fields: Record<string, string | null | undefined>;
  className?: string;
  /** the button, told whether the action is running */
  children: (pending: boolean) => ReactNode;
};

/**
 * A form that is one button and its hidden fields (accept a new price, pay again, remove an offer), with the
 * action's error below it in words: the pages that use it ship no messages provider.
 */
export function OneButtonForm({ action, fields, className, children }: Props) {
  const { error, formAction, pending } = useActionFormInWords(action);
  return (
    <form action={formAction} className={className}>
      {Object.entries(fields).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      {children(pending)}
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
