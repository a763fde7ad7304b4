import 'server-only';
import type { Tx } from '@/lib/db/client';
import { currentPolicyVersion } from '@/lib/consent/policy-versions';
import { purposeDocument, type ConsentRecordPurpose, type ConsentRecordSource } from '@/lib/consent/consent-purposes';

/** Whose consent: an account, an anonymous browser (cookie consent id), or both. */
export type ConsentSubject = { userId?: string | null; consentId?: string | null };

export type RecordConsentInput = {
  subject: ConsentSubject;
  purpose: ConsentRecordPurpose;
  granted: boolean;
  language: string;
  source: ConsentRecordSource;
  orderId?: string | null;
  /** defaults to the current version of the purpose's document */
  policyVersion?: string;
  at?: Date;
};

/** Records of the account and of the browser's consent id both belong to the subject. */
export function subjectWhere(subject: ConsentSubject) {
  const or = [
    ...(subject.userId ? [{ userId: subject.userId }] : []),
    ...(subject.consentId ? [{ consentId: subject.consentId }] : []),
  ];
  if (or.length === 0) throw new Error('a consent needs a user or a consent id');
  return or.length === 1 ? or[0]! : { OR: or };
}

/**
 * Writes one decision. A "no" also withdraws an earlier "yes" for the same purpose and subject, so
 * refusing in any place is as effective as withdrawing in the account. Call inside the transaction
 * that writes the AuditEvent.
 */
export async function recordConsent(tx: Tx, input: RecordConsentInput): Promise<{ id: string; withdrew: number }> {
  const at = input.at ?? new Date();
  let withdrew = 0;
  if (!input.granted) {
    withdrew = await withdrawConsent(tx, { subject: input.subject, purpose: input.purpose, source: input.source, at });
  }
  const record = await tx.consentRecord.create({
    data: {
      userId: input.subject.userId ?? null,
      consentId: input.subject.consentId ?? null,
      orderId: input.orderId ?? null,
      purpose: input.purpose,
      granted: input.granted,
      document: purposeDocument[input.purpose],
      policyVersion: input.policyVersion ?? currentPolicyVersion(purposeDocument[input.purpose]),
      language: input.language,
      source: input.source,
      givenAt: at,
    },
    select: { id: true },
  });
  return { id: record.id, withdrew };
}

export type WithdrawConsentInput = { subject: ConsentSubject; purpose: ConsentRecordPurpose; source: ConsentRecordSource; at?: Date };

/** Marks every still-active "yes" of the subject for the purpose as withdrawn; returns how many. */
export async function withdrawConsent(tx: Tx, input: WithdrawConsentInput): Promise<number> {
  const { count } = await tx.consentRecord.updateMany({
    where: { ...subjectWhere(input.subject), purpose: input.purpose, granted: true, withdrawnAt: null },
    data: { withdrawnAt: input.at ?? new Date(), withdrawnSource: input.source },
  });
  return count;
}
