import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import type { Locale } from '@/lib/i18n/locales';
import { reconsentPurposes, type ConsentRecordPurpose } from '@/lib/consent/consent-purposes';
import { currentConsents } from './find-consents';
import { policyChangesSince, policyInfo, type PolicyChange } from '@/lib/consent/policy-versions';
import { recordConsent, withdrawConsent } from '@/lib/consent/record-consent';

/**
 * Privacy Policy 15: when the policy changes, a signed-in user is shown what changed and, where a
 * purpose rests on consent, asked again; until they answer, that purpose waits (marketing recipients
 * require a consent under the current version).
 */
export type PolicyNotice = {
  version: string;
  effective: string;
  /** the policy's own summary of this version, in the user's language */
  summary: string;
  /** changelog entries since the version last seen (content/legal/CHANGES.md, English) */
  changes: PolicyChange[];
  /** consents given under an older version that need a new answer */
  reconsent: ConsentRecordPurpose[];
};

export async function findPolicyNotice(userId: string, locale: Locale): Promise<PolicyNotice | null> {
  const info = policyInfo('privacy', locale);
  const [user, seen] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { createdAt: true } }),
    db.policyAcknowledgement.findUnique({ where: { userId_document: { userId, document: 'privacy' } }, select: { version: true } }),
  ]);
  if (!user) return null;
  if (seen && seen.version >= info.version) return null;
  // An account opened after this version took effect was opened under it.
  if (!seen && user.createdAt.toISOString().slice(0, 10) >= info.effective) return null;
  const consents = await currentConsents({ userId });
  const reconsent = reconsentPurposes.filter((p) => {
    const c = consents.get(p);
    return Boolean(c?.active && c.outdated);
  });
  return {
    version: info.version,
    effective: info.effective,
    summary: info.summary,
    changes: policyChangesSince('privacy', seen?.version ?? null),
    reconsent,
  };
}

export type AcknowledgePolicyInput = {
  viewer: Viewer;
  /** the answer for each purpose that was asked again: true keeps it under the new version */
  answers: Partial<Record<ConsentRecordPurpose, boolean>>;
  language: string;
  context: RequestContext;
};

export async function acknowledgePolicy(input: AcknowledgePolicyInput): Promise<void> {
  const version = policyInfo('privacy').version;
  const userId = input.viewer.id;
  await db.$transaction(async (tx) => {
    const consents = await currentConsents({ userId }, tx);
    for (const purpose of reconsentPurposes) {
      const answer = input.answers[purpose];
      const c = consents.get(purpose);
      if (answer === undefined || !c?.active || !c.outdated) continue;
      await withdrawConsent(tx, { subject: { userId }, purpose, source: 'POLICY_NOTICE' });
      if (answer) await recordConsent(tx, { subject: { userId }, purpose, granted: true, language: input.language, source: 'POLICY_NOTICE' });
    }
    await tx.policyAcknowledgement.upsert({
      where: { userId_document: { userId, document: 'privacy' } },
      create: { userId, document: 'privacy', version },
      update: { version, seenAt: new Date() },
    });
    await recordAuditEvent(tx, {
      actor: input.viewer,
      action: 'privacy.policy_acknowledged',
      subjectType: 'User',
      subjectId: userId,
      context: input.context,
      data: { document: 'privacy', version, answers: input.answers },
    });
  });
}
