import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { UserFacingError } from '@/lib/user-facing-error';
import { env } from '@/lib/env';
import { redirect } from '@/lib/i18n/redirect';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import type { ActionState, FormAction } from './action-state';
import type { RequestContext } from './request-context';
import { currentRequestContext, getViewer } from './viewer';
import type { Role, Viewer } from './viewer-types';

export type {  FormAction };

/** Who may call an action: anybody (the handler authorises by token or booking), any signed-in user, or these roles. */
export type Access = 'anyone' | 'signed-in' | readonly Role[];

/** `values`: the submitted form as strings (for handlers that read nested fields, like checkout's). */
type ActionContext<A extends Access> = {
  viewer: A extends 'anyone' ? Viewer | null : Viewer;
  request: RequestContext;
  locale: Locale;
  values: Record<string, string>;
};

type Definition<S extends z.ZodType, A extends Access> = {
  /** for the log line of an unexpected failure */
  name: string;
  schema: S;
  access: A;
  /**
   * Where a signed-out visitor of a page-level form goes back to after signing in (a path under the
   * locale); without it they get the "sign in first" message.
   */
  signInReturnTo?: string | ((values: Record<string, string>) => string);
  /**
   * Also answer the error and the field errors in the visitor's words (`errorText`, `fieldErrorTexts`),
   * in the locale the form posts: for forms on pages that ship no messages provider to the browser
   * (public pages and checkout, README "Pages, caching and speed").
   */
  errorsInWords?: boolean;
  handler: (input: z.output<S>, context: ActionContext<A>) => Promise<ActionState | void>;
};

const UNEXPECTED = 'auth.errors.unexpected';
const INVALID = 'auth.errors.invalid';
const MAX_VALUE_LENGTH = 5000;

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) continue;
    values[key] = value;
  }
  return values;
}

const messageKey = /^[a-z][A-Za-z]*(\.[A-Za-z0-9_]+)+$/;

/** zod issues → { field: message key }, the first issue of each field; schemas write message keys as their messages. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join('.') : '_form';
    out[field] ??= messageKey.test(issue.message) ? issue.message : INVALID;
  }
  return out;
}

/** Plain data for the client: instants as ISO strings, nothing that does not serialise. */
function plain(details: Record<string, unknown>): Record<string, unknown> | undefined {
  const entries = Object.entries(details).filter(([key]) => key !== 'fieldErrors');
  if (!entries.length) return undefined;
  return JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Record<string, unknown>;
}

function stateOf(error: UserFacingError, values: Record<string, string>): ActionState {
  const fromDetails = (error.details.fieldErrors ?? {}) as Record<string, string>;
  const fieldErrors = { ...fromDetails, ...error.fieldErrors };
  const details = plain(error.details);
  return {
    error: error.messageKey,
    ...(error.params ? { params: error.params } : {}),
    ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}),
    ...(details ? { details } : {}),
    values,
  };
}

function allowed(access: Access, viewer: Viewer | null): 'yes' | 'sign-in' | 'no' {
  if (access === 'anyone') return 'yes';
  if (!viewer) return 'sign-in';
  if (access === 'signed-in' || access.includes(viewer.role)) return 'yes';
  return 'no';
}

/**
 * The one wrapper for every server action of the app: reads the form, authorises (`access`), parses
 * it with the zod schema (field errors, one message key per field, and nothing changes), runs the
 * handler, and maps what it throws: a UserFacingError becomes its message (and field); redirects and
 * not-found pass through; anything else is logged with the request id and answered generically.
 * Forms call the result through useActionForm, or directly as `<form action>`.
 */
export function defineAction<S extends z.ZodType, A extends Access>(definition: Definition<S, A>): FormAction {
  async function action(first: ActionState | FormData, second?: FormData): Promise<ActionState> {
    const state = await run(first, second);
    if (!definition.errorsInWords || (!state.error && !state.fieldErrors)) return state;
    const formData = first instanceof FormData ? first : second;
    const given = formData?.get('locale');
    const t = await getTranslations({ locale: isLocale(given) ? given : env().DEFAULT_LOCALE });
    const say = (key: string, params?: ActionState['params']) => t(key as Parameters<typeof t>[0], params as Parameters<typeof t>[1]);
    return {
      ...state,
      ...(state.error ? { errorText: say(state.error, state.params) } : {}),
      ...(state.fieldErrors ? { fieldErrorTexts: Object.fromEntries(Object.entries(state.fieldErrors).map(([field, key]) => [field, say(key)])) } : {}),
    };
  }
  async function run(first: ActionState | FormData, second?: FormData): Promise<ActionState> {
    const formData = first instanceof FormData ? first : second;
    const values = formData instanceof FormData ? formValues(formData) : {};
    const locale: Locale = isLocale(values.locale) ? values.locale : env().DEFAULT_LOCALE;
    const request = await currentRequestContext();
    try {
      const viewer = await getViewer();
      const verdict = allowed(definition.access, viewer);
      if (verdict === 'sign-in') {
        if (definition.signInReturnTo) {
          const returnTo = typeof definition.signInReturnTo === 'string' ? definition.signInReturnTo : definition.signInReturnTo(values);
          redirect({ href: { pathname: '/signin', query: { callbackUrl: `/${locale}${returnTo}` } }, locale });
        }
        return { error: 'auth.errors.signInRequired' };
      }
      // Same answer as a missing record: an action outside your role does not exist for you.
      if (verdict === 'no') return { error: 'auth.errors.notFound' };
      const parsed = definition.schema.safeParse(values);
      if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
      const context = { viewer, request, locale, values } as ActionContext<A>;
      return (await definition.handler(parsed.data, context)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof UserFacingError && !error.internal) return stateOf(error, values);
      console.error(`[action] ${definition.name} failed (request ${request.requestId ?? 'unknown'})`, error);
      return { error: UNEXPECTED, values, ...(request.requestId ? { params: { requestId: request.requestId } } : {}) };
    }
  }
  return action as FormAction;
}
