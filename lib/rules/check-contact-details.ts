import type { ReasonCode } from './reasons';

export type ContactDetails = { email?: string | null; phone?: string | null };

export type ContactProblem = Extract<
  ReasonCode,
  'CONTACT_EMAIL_MISSING' | 'CONTACT_EMAIL_INVALID' | 'CONTACT_PHONE_MISSING' | 'CONTACT_PHONE_INVALID'
>;

export type ContactCheck = {
  allowed: boolean;
  /** Every problem found, email first; empty when the contact is complete. */
  problems: ContactProblem[];
  clause: string;
  reason: ReasonCode;
};

// Deliberately loose: the address is proven by delivering mail to it, not by a pattern.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// International form (E.164: "+", then 7 to 15 digits), because airlines may call from abroad.
const PHONE = /^\+\d{7,15}$/;

/**
 * Agreement 3.1.9: an email address and an emergency phone number are both required, since schedule
 * changes are announced by email and airlines may phone. Spaces, dashes, dots and brackets in the phone
 * number are ignored.
 */
export function checkContactDetails(contact: ContactDetails): ContactCheck {
  const problems: ContactProblem[] = [];
  const email = contact.email?.trim() ?? '';
  const phone = (contact.phone ?? '').replace(/[\s\-.()]/g, '');
  if (!email) problems.push('CONTACT_EMAIL_MISSING');
  else if (!EMAIL.test(email)) problems.push('CONTACT_EMAIL_INVALID');
  if (!phone) problems.push('CONTACT_PHONE_MISSING');
  else if (!PHONE.test(phone)) problems.push('CONTACT_PHONE_INVALID');
  return {
    allowed: problems.length === 0,
    problems,
    clause: 'Agreement 3.1.9',
    reason: problems[0] ?? 'CONTACT_COMPLETE',
  };
}
