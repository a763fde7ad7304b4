import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { UserFacingError } from './errors';
import type { ActionState } from './action-state';
import type { RequestContext } from './request-context';
import { currentRequestContext, getViewer } from './viewer';
import type { Role, Viewer } from './viewer-types';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { env } from '@/lib/env';

export type { ActionState };

/** `locale`: the language of the page the form was on (its hidden `locale` field), for redirects. */
export type ActionContext = { viewer: Viewer; request: RequestContext; locale: Locale };

type ActionOptions<S extends z.ZodType> = {
  /** for the log line of an unexpected failure */
  name: string;
  schema: S;
  /** roles allowed; default: any signed-in user */
  roles?: readonly Role[];
  run: (input: z.output<S>, context: ActionContext) => Promise<ActionState | void>;
};

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    values[key] = value;
  }
  return values;
}

const messageKey = /^[a-z][A-Za-z]*(\.[A-Za-z0-9]+)+$/;

/** zod issues → { field: [message key] }; schemas write message keys as their error messages. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    const key = messageKey.test(issue.message) ? issue.message : 'auth.errors.invalid';
    (out[field] ??= []).push(key);
  }
  return out;
}

/**
 * The one wrapper for server actions of signed-in users: resolves the session, checks the role,
 * parses the form with the shared zod schema, runs the domain function, and turns expected errors
 * into message keys. Anything unexpected is logged and answered with a generic message; nothing
 * changes when the input is malformed (the schema runs before any write).
 */
export function userAction<S extends z.ZodType>(options: ActionOptions<S>) {
  return async function action(_previous: ActionState, formData: FormData): Promise<ActionState> {
    const values = formValues(formData);
    const viewer = await getViewer();
    if (!viewer) return { error: 'auth.errors.signInRequired' };
    // Same answer as a missing record: an action outside your role does not exist for you.
    if (options.roles && !options.roles.includes(viewer.role)) return { error: 'auth.errors.notFound' };
    const parsed = options.schema.safeParse(values);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
    try {
      const locale = isLocale(values.locale) ? values.locale : env().DEFAULT_LOCALE;
      const result = await options.run(parsed.data, { viewer, request: await currentRequestContext(), locale });
      return result ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof UserFacingError) return { error: error.messageKey, values };
      console.error(`[action] ${options.name} failed`, error);
      return { error: 'auth.errors.unexpected', values };
    }
  };
}
