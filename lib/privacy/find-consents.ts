import 'server-only';
import { db, type Tx } from '@/lib/db/client';
import type { ConsentRecordPurpose, ConsentRecordSource } from '@/lib/consent/consent-purposes';
import { currentPolicyVersion } from '@/lib/consent/policy-versions';
import { purposeDocument } from '@/lib/consent/consent-purposes';
import { subjectWhere, type ConsentSubject } from '@/lib/consent/record-consent';

export type ConsentView = {
  id: string;
  purpose: ConsentRecordPurpose;
  granted: boolean;
  document: string;
  policyVersion: string;
  language: string;
  source: ConsentRecordSource;
  givenAt: Date;
  withdrawnAt: Date | null;
  withdrawnSource: ConsentRecordSource | null;
  orderId: string | null;
};

const select = {
  id: true,
  purpose: true,
  granted: true,
  document: true,
  policyVersion: true,
  language: true,
  source: true,
  givenAt: true,
  withdrawnAt: true,
  withdrawnSource: true,
  orderId: true,
} as const;

/** Every consent record of the subject, newest first (the history shown in My data). */
export async function consentHistory(subject: ConsentSubject, client: Tx | typeof db = db): Promise<ConsentView[]> {
  return client.consentRecord.findMany({ where: subjectWhere(subject), orderBy: [{ givenAt: 'desc' }, { id: 'desc' }], select });
}

export type CurrentConsent = ConsentView & {
  /** granted, not withdrawn */
  active: boolean;
  /** given under an older version of its document than the current one */
  outdated: boolean;
};

const perBooking = new Set<ConsentRecordPurpose>(['BOOKING_PROCESSING', 'CO_TRAVELLER_DATA', 'SPECIAL_CATEGORY_DATA']);

/** The latest decision per purpose. Consents that belong to one booking stay with that booking. */
export async function currentConsents(subject: ConsentSubject, client: Tx | typeof db = db): Promise<Map<ConsentRecordPurpose, CurrentConsent>> {
  const rows = await consentHistory(subject, client);
  const current = new Map<ConsentRecordPurpose, CurrentConsent>();
  for (const row of rows) {
    if ((row.orderId && perBooking.has(row.purpose)) || current.has(row.purpose)) continue;
    current.set(row.purpose, {
      ...row,
      active: row.granted && row.withdrawnAt === null,
      outdated: row.policyVersion !== currentPolicyVersion(purposeDocument[row.purpose]),
    });
  }
  return current;
}
