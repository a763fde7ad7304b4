/**
 * What every server action returns to `useActionState`. Messages are keys into the catalogs
 * (content/messages), translated by the form; `values` lets the form show what was typed after an
 * error (React resets forms after an action).
 */
export type ActionState = {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};
