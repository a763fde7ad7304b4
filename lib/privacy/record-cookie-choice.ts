import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { cookiePurpose } from '@/lib/consent/consent-purposes';
import {
  nextConsent,
  optionalCookieCategories,
  type CookieCategoryChoice,
  type CookieConsent,
  type OptionalCookieCategory,
} from '@/lib/consent/cookie-consent';
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';
import { cookiesOfCategory } from './cookie-registry';
import { recordConsent } from '@/lib/consent/record-consent';

export type RecordCookieChoiceInput = {
  /** the browser's current choice, if any (its id is kept) */
  previous: CookieConsent | null;
  categories: CookieCategoryChoice;
  viewer: Viewer | null;
  language: string;
  source: 'BANNER' | 'COOKIE_SETTINGS';
  context: RequestContext;
  now?: Date;
};

export type RecordCookieChoiceResult = {
  consent: CookieConsent;
  /** cookies of categories now refused that an earlier choice allowed: delete them in the browser */
  cookiesToDelete: string[];
};

/**
 * A cookie choice from the banner or the settings page: one consent record per optional category
 * (given or refused, under the current cookie policy version), keyed by the browser's consent id and
 * by the account when signed in, and an AuditEvent, in one transaction.
 */
export async function recordCookieChoice(input: RecordCookieChoiceInput): Promise<RecordCookieChoiceResult> {
  const now = input.now ?? new Date();
  const consent = nextConsent(input.previous, input.categories, randomUUID(), now);
  const subject = { userId: input.viewer?.id ?? null, consentId: consent.id };
  await db.$transaction(async (tx) => {
    for (const category of optionalCookieCategories) {
      await recordConsent(tx, {
        subject,
        purpose: cookiePurpose[category],
        granted: input.categories[category],
        language: input.language,
        source: input.source,
        policyVersion: COOKIE_POLICY_VERSION,
        at: now,
      });
    }
    await recordAuditEvent(tx, {
      actor: input.viewer ? { id: input.viewer.id, role: input.viewer.role } : null,
      action: 'consent.cookies_chosen',
      subjectType: input.viewer ? 'User' : 'CookieConsent',
      subjectId: input.viewer?.id ?? consent.id,
      context: input.context,
      data: { consentId: consent.id, categories: input.categories, policyVersion: COOKIE_POLICY_VERSION, source: input.source },
    });
  });
  const refused = optionalCookieCategories.filter((c: OptionalCookieCategory) => !input.categories[c]);
  return { consent, cookiesToDelete: refused.flatMap((c) => cookiesOfCategory(c)) };
}
