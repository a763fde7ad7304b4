import type { MessageParams } from '@/lib/user-facing-error';

/**
 * What every server action returns to its form (lib/auth/define-action.ts → useActionForm). Messages
 * are catalog keys with their namespace, translated by the form; `fieldErrors` holds one message key
 * per field (dotted paths for nested forms); `values` refills the form after an error (React resets
 * forms after an action); `details` carries plain data the page must show (a clause, changed prices).
 */
export type ActionState = {
  ok?: boolean;
  message?: string;
  error?: string;
  /** The error in the visitor's words, for forms on pages that have no messages provider (`errorsInWords`). */
  errorText?: string;
  params?: MessageParams;
  fieldErrors?: Record<string, string>;
  /** `fieldErrors` in the visitor's words (`errorsInWords`). */
  fieldErrorTexts?: Record<string, string>;
  values?: Record<string, string>;
  details?: Record<string, unknown>;
};

/** A server action as forms call it: through useActionState, or straight from `<form action>`. */
export type FormAction = {
  (formData: FormData): Promise<void>;
  (previous: ActionState, formData: FormData): Promise<ActionState>;
};
