import 'server-only';
import type { Tx } from '@/lib/db/client';
import { purposeDocument, type ConsentRecordPurpose } from '@/lib/consent/consent-purposes';
import { currentPolicyVersion } from '@/lib/consent/policy-versions';
import { recordConsent } from '@/lib/consent/record-consent';

/**
 * Checkout's consents in the general consent record (lib/privacy/HANDOFF.md): call inside the
 * transaction that places the order, next to OrderConsent. Marketing is given or refused on the
 * account when signed in (it then shows in My data and the marketing preferences); for a guest it is
 * kept with the order and moves to the account when the order is attached (attachOrderConsents).
 */
export type CheckoutConsentsInput = {
  orderId: string;
  userId: string | null;
  language: string;
  /** Agreement 3.1.6: processing of the booking's data, always given to book */
  bookingProcessing: true;
  /** the booker confirmed the co-travellers agreed (only when the order names other people) */
  coTravellers: boolean;
  /** explicit consent to a special-assistance note (Privacy Policy 3.5), when one was written */
  specialCategory?: boolean;
  /**
   * the optional marketing box, never pre-ticked. Ticked gives the consent; unticked changes nothing
   * (it is not a refusal: only an explicit withdrawal withdraws, in the account or by unsubscribing).
   */
  marketing: boolean;
  at?: Date;
};

export async function recordCheckoutConsents(tx: Tx, input: CheckoutConsentsInput): Promise<void> {
  const userId = input.userId;
  const write = (purpose: ConsentRecordPurpose, granted: boolean) =>
    userId
      ? recordConsent(tx, { subject: { userId }, orderId: input.orderId, purpose, granted, language: input.language, source: 'CHECKOUT', at: input.at })
      : // A guest: the order is the subject until it is attached to an account.
        tx.consentRecord.create({
          data: {
            orderId: input.orderId,
            purpose,
            granted,
            document: purposeDocument[purpose],
            policyVersion: currentPolicyVersion(purposeDocument[purpose]),
            language: input.language,
            source: 'CHECKOUT',
            givenAt: input.at ?? new Date(),
          },
        });
  await write('BOOKING_PROCESSING', true);
  if (input.coTravellers) await write('CO_TRAVELLER_DATA', true);
  if (input.specialCategory !== undefined) await write('SPECIAL_CATEGORY_DATA', input.specialCategory);
  // An unticked optional box is silence, not a "no": writing a refusal here would withdraw a consent
  // given earlier (recordConsent withdraws on "no") and would become the latest decision in My data.
  if (input.marketing) await write('MARKETING_EMAIL', true);
}

/** Guest orders attached to an account at sign-in take their consent records along. */
export async function attachOrderConsents(tx: Tx, userId: string, orderIds: string[]): Promise<number> {
  if (orderIds.length === 0) return 0;
  const { count } = await tx.consentRecord.updateMany({ where: { orderId: { in: orderIds }, userId: null }, data: { userId } });
  return count;
}
