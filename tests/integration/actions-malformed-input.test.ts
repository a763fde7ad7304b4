/**
 * Issue 16 (point 2): every server action of the app goes through defineAction, so malformed input is
 * answered with field errors (one message key per field) and changes nothing, never with a crash.
 * The table names every exported action of every 'use server' file; a new action without an entry
 * fails here, so its malformed input gets tested too.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/auth/viewer-types';
import { configureBookingTestEnv } from '../support/booking-factories';
import { createSession, createUser } from './auth-test-kit';
import { form, requestState } from './authz-kit';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('./authz-kit')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('./authz-kit')).nextIntlServerMock());
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

configureBookingTestEnv({ MAIL_FROM: 'Karvan <no-reply@karvan.test>' });

const { sessionCookieName } = await import('@/lib/auth/session-token');

/** who posts, and a malformed form; `noInput`: the action takes no fields, so nothing can be malformed */
type Entry = { as: Role | null; fields: Record<string, string> } | { noInput: true };
const bad = { locale: 'en' };
const table: Record<string, Entry> = {
  'app/[locale]/account/actions.ts#updateProfileAction': { as: 'TRAVELLER', fields: { ...bad, phone: 'x'.repeat(80) } },
  'app/[locale]/account/actions.ts#createTravellerAction': { as: 'TRAVELLER', fields: bad },
  'app/[locale]/account/actions.ts#updateTravellerAction': { as: 'TRAVELLER', fields: { ...bad, id: 'not-a-uuid' } },
  'app/[locale]/account/actions.ts#deleteTravellerAction': { as: 'TRAVELLER', fields: { ...bad, id: 'not-a-uuid' } },
  'app/[locale]/account/actions.ts#signOutEverywhereAction': { noInput: true },
  'app/[locale]/account/actions.ts#signOutAction': { noInput: true },
  'app/[locale]/account/marketing/actions.ts#setMarketingAction': { as: 'TRAVELLER', fields: { ...bad, subscribe: 'maybe' } },
  'app/[locale]/account/privacy/delete/actions.ts#requestDeletionAction': { noInput: true },
  'app/[locale]/account/privacy/delete/actions.ts#confirmDeletionAction': { as: null, fields: bad },
  'app/[locale]/account/alerts/actions.ts#deleteSavedSearchAction': { as: 'TRAVELLER', fields: { ...bad, id: 'not-a-uuid' } },
  'app/[locale]/alerts/stop/actions.ts#stopAlertAction': { as: null, fields: { ...bad, token: 'short' } },
  'app/[locale]/admin/fees/actions.ts#publishFeeScheduleAction': { as: 'ADMIN', fields: bad },
  'app/[locale]/admin/promo-codes/actions.ts#createPromoCodeAction': { as: 'ADMIN', fields: bad },
  'app/[locale]/admin/promo-codes/actions.ts#updatePromoCodeAction': { as: 'ADMIN', fields: { ...bad, id: 'nope' } },
  'app/[locale]/admin/promo-codes/actions.ts#setPromoCodeActiveAction': { as: 'ADMIN', fields: { ...bad, active: 'perhaps' } },
  'app/[locale]/admin/staff/actions.ts#grantStaffRoleAction': { as: 'ADMIN', fields: { ...bad, email: 'not-an-email', role: 'KING' } },
  'app/[locale]/admin/staff/actions.ts#revokeStaffRoleAction': { as: 'ADMIN', fields: bad },
  'app/[locale]/booking/[reference]/cancel/actions.ts#confirmCancellationAction': { as: null, fields: bad },
  'app/[locale]/booking/[reference]/airline-change/actions.ts#acceptAirlineChangeAction': { as: null, fields: bad },
  'app/[locale]/booking/[reference]/change/actions.ts#requestChangeAction': { as: null, fields: bad },
  'app/[locale]/booking/[reference]/requests/actions.ts#createRequestAction': { as: null, fields: bad },
  'app/[locale]/booking/[reference]/requests/actions.ts#addRequestMessageAction': { as: null, fields: bad },
  'app/[locale]/booking/actions.ts#lookUpBookingAction': { as: null, fields: bad },
  'app/[locale]/checkout/actions.ts#checkoutAction': { as: null, fields: { ...bad, intent: 'steal' } },
  'app/[locale]/checkout/actions.ts#retryPaymentAction': { as: null, fields: bad },
  'app/[locale]/checkout/actions.ts#acceptPriceAction': { as: null, fields: bad },
  'app/[locale]/privacy/request/actions.ts#submitDataRequestAction': { as: null, fields: bad },
  'app/[locale]/privacy/request/actions.ts#verifyDataRequestAction': { as: null, fields: bad },
  'app/[locale]/privacy/restore/actions.ts#restoreAccountAction': { as: null, fields: bad },
  'app/[locale]/privacy/restore/actions.ts#sendRestoreLinkAction': { as: null, fields: bad },
  'app/[locale]/privacy/unsubscribe/actions.ts#unsubscribeAction': { as: null, fields: bad },
  'app/[locale]/sandbox-pay/[sessionId]/actions.ts#completeSandboxPaymentAction': { as: null, fields: { ...bad, sessionId: 'x', outcome: '4242424242424242' } },
  'app/[locale]/signin/actions.ts#requestSignInLinkAction': { as: null, fields: { ...bad, email: 'nobody' } },
  'app/[locale]/support/actions.ts#approveRefundAction': { as: 'SUPPORT', fields: bad },
  'app/[locale]/support/actions.ts#rejectRequestAction': { as: 'SUPPORT', fields: bad },
  'app/[locale]/support/actions.ts#replyToRequestAction': { as: 'SUPPORT', fields: bad },
  'app/[locale]/support/actions.ts#setChangeChargeAction': { as: 'SUPPORT', fields: bad },
  'app/[locale]/support/actions.ts#completeChangeAction': { as: 'SUPPORT', fields: bad },
  'app/[locale]/support/actions.ts#refuseOrderAction': { as: 'SUPPORT', fields: bad },
  'app/[locale]/support/actions.ts#revealDocumentAction': { as: 'SUPPORT', fields: bad },
  'app/[locale]/support/actions.ts#recordScheduleChangeAction': { as: 'SUPPORT', fields: bad },
  'app/[locale]/support/actions.ts#markOfficePaymentPaidAction': { as: 'SUPPORT', fields: bad },
  'app/[locale]/support/data-requests/actions.ts#recordAuthorityRequestAction': { as: 'SUPPORT', fields: bad },
  'app/[locale]/support/data-requests/actions.ts#updateDataRequestStatusAction': { as: 'SUPPORT', fields: bad },
  'app/[locale]/trip/actions.ts#addToTripFormAction': { as: null, fields: bad },
  'app/[locale]/trip/actions.ts#removeTripItemAction': { as: null, fields: bad },
  'components/privacy/policy-notice-action.ts#acknowledgePolicyAction': { as: 'TRAVELLER', fields: { ...bad, MARKETING_EMAIL: 'sell-it' } },
};

function serverActionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return serverActionFiles(path);
    return /\.tsx?$/.test(name) && /^['"]use server['"]/m.test(readFileSync(path, 'utf8')) ? [relative(process.cwd(), path)] : [];
  });
}

const files = [...serverActionFiles('app'), ...serverActionFiles('components')].sort();
const actions: { key: string; run: (state: object, formData: FormData) => Promise<unknown> }[] = [];
for (const file of files) {
  const exported = (await import(`@/${file.replace(/\.tsx?$/, '')}`)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exported)) if (typeof value === 'function') actions.push({ key: `${file}#${name}`, run: value as never });
}

async function signInAs(role: Role | null) {
  requestState.cookies.clear();
  if (role) requestState.cookies.set(sessionCookieName(false), await createSession((await createUser({ role })).id));
}

// Their forms are on pages without a messages provider (README "Pages, caching and speed"): errors come back in words too.
const IN_WORDS = new Set([
  'app/[locale]/booking/actions.ts#lookUpBookingAction',
  'app/[locale]/checkout/actions.ts#checkoutAction',
  'app/[locale]/checkout/actions.ts#retryPaymentAction',
  'app/[locale]/checkout/actions.ts#acceptPriceAction',
  'app/[locale]/trip/actions.ts#addToTripFormAction',
  'app/[locale]/trip/actions.ts#removeTripItemAction',
]);
const MESSAGE_KEY = /^[a-z][A-Za-z]*(\.[A-Za-z0-9_]+)+$/;

describe('every server action, posted malformed input', () => {
  it('finds the actions, and the table names each of them', () => {
    expect(actions.length).toBeGreaterThan(30);
    expect(actions.map((a) => a.key).filter((key) => !(key in table))).toEqual([]);
    expect(Object.keys(table).filter((key) => !actions.some((a) => a.key === key))).toEqual([]);
  });

  for (const [key, entry] of Object.entries(table)) {
    if ('noInput' in entry) continue;
    it(`${key} answers with field errors`, async () => {
      const action = actions.find((a) => a.key === key);
      expect(action, key).toBeDefined();
      await signInAs(entry.as);
      const state = (await action!.run({}, form(entry.fields))) as { fieldErrors?: Record<string, string>; fieldErrorTexts?: Record<string, string>; error?: string };
      expect(state.error).toBeUndefined();
      expect(Object.keys(state.fieldErrors ?? {}).length).toBeGreaterThan(0);
      for (const message of Object.values(state.fieldErrors!)) expect(message).toMatch(MESSAGE_KEY);
      if (!IN_WORDS.has(key)) return expect(state.fieldErrorTexts).toBeUndefined();
      expect(Object.keys(state.fieldErrorTexts ?? {})).toEqual(Object.keys(state.fieldErrors!));
      for (const text of Object.values(state.fieldErrorTexts!)) expect(text).not.toMatch(MESSAGE_KEY);
    });
  }

  it('answers errors in words in the language the form posts', async () => {
    const checkout = actions.find((a) => a.key === 'app/[locale]/checkout/actions.ts#checkoutAction')!;
    await signInAs(null);
    expect(await checkout.run({}, form({ locale: 'ru', intent: 'steal' }))).toMatchObject({ fieldErrors: { intent: 'checkout.errors.invalid' }, fieldErrorTexts: { intent: 'Недопустимое значение.' } });
    expect(await checkout.run({}, form({ locale: 'kk', intent: 'steal' }))).toMatchObject({ fieldErrorTexts: { intent: 'Бұл мән жарамсыз.' } });
  });
});
