import { CURRENT_AGREEMENT_VERSION } from './fee-schedule';
import type { ReasonCode } from './reasons';

export type CheckoutConsents = {
  /** The agreement box was ticked at the last step (Agreement 2.2). */
  agreementAccepted: boolean;
  /** The version of the agreement that was shown next to the box. */
  agreementVersion: string | null;
  /** Consent to processing the personal data in the order (Agreement 3.1.6). */
  processingConsent: boolean;
  /** The booker confirms the other passengers agreed to their data being processed (Agreement 3.1.6). */
  coTravellersConsented: boolean;
  /** Whether the order names anyone besides the booker. */
  hasCoTravellers: boolean;
};

export type ConsentProblem = Extract<
  ReasonCode,
  'AGREEMENT_NOT_ACCEPTED' | 'AGREEMENT_VERSION_OUTDATED' | 'PROCESSING_CONSENT_MISSING' | 'CO_TRAVELLER_CONSENT_MISSING'
>;

export type ConsentCheck = {
  allowed: boolean;
  problems: ConsentProblem[];
  clause: string;
  reason: ReasonCode;
};

const CLAUSE: Readonly<Record<ConsentProblem, string>> = {
  AGREEMENT_NOT_ACCEPTED: 'Agreement 2.2',
  AGREEMENT_VERSION_OUTDATED: 'Agreement 4.7',
  PROCESSING_CONSENT_MISSING: 'Agreement 3.1.6',
  CO_TRAVELLER_CONSENT_MISSING: 'Agreement 3.1.6',
};

/**
 * Whether an order may go to payment (Agreement 2.2, 4.7, 3.1.6): the agreement box is ticked for the
 * version in force, so the version stored with the order is the one the traveller saw, and processing
 * consent is given, including for co-travellers when there are any.
 */
export function checkCheckoutConsents(
  consents: CheckoutConsents,
  currentAgreementVersion: string = CURRENT_AGREEMENT_VERSION,
): ConsentCheck {
  const problems: ConsentProblem[] = [];
  if (!consents.agreementAccepted) problems.push('AGREEMENT_NOT_ACCEPTED');
  else if (consents.agreementVersion !== currentAgreementVersion) problems.push('AGREEMENT_VERSION_OUTDATED');
  if (!consents.processingConsent) problems.push('PROCESSING_CONSENT_MISSING');
  if (consents.hasCoTravellers && !consents.coTravellersConsented) problems.push('CO_TRAVELLER_CONSENT_MISSING');
  const first = problems[0];
  return {
    allowed: first === undefined,
    problems,
    clause: first === undefined ? 'Agreement 2.2' : CLAUSE[first],
    reason: first ?? 'CONSENTS_COMPLETE',
  };
}
