import 'server-only';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { recordAuditEvent, type AuditActor } from '@/lib/auth/audit';
import type { RequestContext } from '@/lib/auth/request-context';
import { consentHistory, currentConsents, type ConsentView } from './find-consents';
import { currentPolicyVersion } from '@/lib/consent/policy-versions';
import { recordConsent, withdrawConsent } from '@/lib/consent/record-consent';
import { sign, verifySignature } from '@/lib/crypto/signed-token';

/**
 * Marketing email (Privacy Policy 13): opt-in only, withdrawn with one click from the account or from
 * the link in every marketing email, which works without signing in and cannot be forged.
 */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `<userId>.<HMAC>`; it does not expire: an unsubscribe link must work in any old email. */
export function unsubscribeToken(userId: string): string {
  return `${userId}.${sign('unsubscribe', userId)}`;
}

/** The user id a token was made for, or null for anything forged or malformed. */
export function verifyUnsubscribeToken(token: unknown): string | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [userId, signature, extra] = token.split('.');
  if (!userId || !signature || extra !== undefined || !uuid.test(userId)) return null;
  return verifySignature('unsubscribe', userId, signature) ? userId : null;
}

/**
 * Headers for every marketing email (RFC 2369, RFC 8058): mail clients show an "Unsubscribe" button
 * that POSTs to /api/unsubscribe and takes effect at once, without the user signing in.
 */
export function marketingHeaders(userId: string): Record<'List-Unsubscribe' | 'List-Unsubscribe-Post', string> {
  const url = `${env().APP_URL}/api/unsubscribe?${new URLSearchParams({ token: unsubscribeToken(userId) })}`;
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export type MarketingStatus = {
  subscribed: boolean;
  /** subscribed under an older privacy policy: not used until confirmed again (Privacy Policy 15) */
  needsReconsent: boolean;
  since: Date | null;
  policyVersion: string | null;
  history: ConsentView[];
};

export async function marketingStatus(userId: string): Promise<MarketingStatus> {
  const [current, history] = await Promise.all([currentConsents({ userId }), consentHistory({ userId })]);
  const latest = current.get('MARKETING_EMAIL');
  const active = Boolean(latest?.active);
  return {
    subscribed: active && !latest!.outdated,
    needsReconsent: active && latest!.outdated,
    since: active ? latest!.givenAt : null,
    policyVersion: latest?.policyVersion ?? null,
    history: history.filter((h) => h.purpose === 'MARKETING_EMAIL'),
  };
}

export type SetMarketingConsentInput = {
  userId: string;
  subscribe: boolean;
  language: string;
  source: 'ACCOUNT' | 'EMAIL_LINK' | 'POLICY_NOTICE' | 'CHECKOUT';
  actor: AuditActor | null;
  context: RequestContext;
};

/** One click either way; the record and its AuditEvent commit together. Returns whether anything changed. */
export async function setMarketingConsent(input: SetMarketingConsentInput): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, deletedAt: true } });
    if (!user || (user.deletedAt && input.subscribe)) return false;
    const before = (await currentConsents({ userId: input.userId }, tx)).get('MARKETING_EMAIL');
    const wasCurrent = Boolean(before?.active && !before.outdated);
    let changed: boolean;
    if (input.subscribe) {
      changed = !wasCurrent;
      if (changed) {
        // A consent under an older policy is replaced by one under the current version.
        if (before?.active) await withdrawConsent(tx, { subject: { userId: input.userId }, purpose: 'MARKETING_EMAIL', source: input.source });
        await recordConsent(tx, { subject: { userId: input.userId }, purpose: 'MARKETING_EMAIL', granted: true, language: input.language, source: input.source });
      }
    } else {
      changed = (await withdrawConsent(tx, { subject: { userId: input.userId }, purpose: 'MARKETING_EMAIL', source: input.source })) > 0;
    }
    if (changed) {
      await recordAuditEvent(tx, {
        actor: input.actor,
        action: input.subscribe ? 'consent.marketing_given' : 'consent.marketing_withdrawn',
        subjectType: 'User',
        subjectId: input.userId,
        context: input.context,
        data: { source: input.source, policyVersion: currentPolicyVersion('privacy') },
      });
    }
    return changed;
  });
}

/** The one-click unsubscribe of a signed link (mail client POST or the page's button). */
export async function unsubscribeWithToken(token: unknown, context: RequestContext): Promise<'unsubscribed' | 'invalid'> {
  const userId = verifyUnsubscribeToken(token);
  if (!userId) return 'invalid';
  await setMarketingConsent({ userId, subscribe: false, language: 'en', source: 'EMAIL_LINK', actor: null, context });
  return 'unsubscribed';
}

/**
 * Accounts that may receive marketing email now: an active consent under the current privacy
 * policy version, and an account that is not deleted. For whoever sends marketing mail, with
 * `marketingHeaders(userId)` on every message.
 */
export async function marketingRecipients(): Promise<{ userId: string; email: string; locale: string | null }[]> {
  const version = currentPolicyVersion('privacy');
  return db.$queryRaw<{ userId: string; email: string; locale: string | null }[]>`
    SELECT u.id AS "userId", u.email, u.locale
    FROM users u
    JOIN LATERAL (
      SELECT granted, withdrawn_at, policy_version FROM consent_records c
      WHERE c.user_id = u.id AND c.purpose = 'MARKETING_EMAIL'
      ORDER BY c.given_at DESC, c.id DESC LIMIT 1
    ) latest ON true
    WHERE u.deleted_at IS NULL AND latest.granted AND latest.withdrawn_at IS NULL AND latest.policy_version = ${version}
    ORDER BY u.email`;
}
