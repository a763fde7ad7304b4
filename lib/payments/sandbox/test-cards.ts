/**
 * The sandbox's test cards (the same numbers as Stripe's test mode). Pure and client-safe: the hosted
 * test page checks the card in the browser and sends only the outcome to the server, so no card
 * number ever reaches Karvan's server, logs or database (Agreement 4.2.2).
 */
export const SANDBOX_SUCCESS_CARD = '4242424242424242';
export const SANDBOX_DECLINE_CARD = '4000000000000002';

export type SandboxOutcome = 'success' | 'decline';

export type CardFieldError =
  | 'cardNumberRequired'
  | 'cardNumberInvalid'
  | 'cardNumberNotTestCard'
  | 'expiryRequired'
  | 'expiryInvalid'
  | 'expiryPast'
  | 'cvcInvalid';

export type CardFields = { cardNumber: string; expiry: string; cvc: string };

export type CardCheck =
  | { ok: true; outcome: SandboxOutcome }
  | { ok: false; errors: Partial<Record<keyof CardFields, CardFieldError>> };

function digitsOnly(value: string): string {
  return value.replace(/\D/g, '');
}

/** "4242424242424242" → "4242 4242 4242 4242" (as typed, for display) */
export function groupCardNumber(value: string): string {
  return digitsOnly(value)
    .slice(0, 19)
    .replace(/(\d{4})(?=\d)/g, '$1 ');
}

export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Checks the form like a card processor would, and says what the test card does. */
export function checkTestCard(fields: CardFields, now: Date = new Date()): CardCheck {
  const errors: Partial<Record<keyof CardFields, CardFieldError>> = {};
  const number = digitsOnly(fields.cardNumber);
  if (number === '') errors.cardNumber = 'cardNumberRequired';
  else if (!luhnValid(number)) errors.cardNumber = 'cardNumberInvalid';
  else if (number !== SANDBOX_SUCCESS_CARD && number !== SANDBOX_DECLINE_CARD) errors.cardNumber = 'cardNumberNotTestCard';

  const expiry = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(fields.expiry);
  if (fields.expiry.trim() === '') errors.expiry = 'expiryRequired';
  else if (!expiry || Number(expiry[1]) < 1 || Number(expiry[1]) > 12) errors.expiry = 'expiryInvalid';
  else {
    const month = Number(expiry[1]);
    const year = expiry[2]!.length === 2 ? 2000 + Number(expiry[2]) : Number(expiry[2]);
    // A card is valid until the end of its expiry month.
    if (year * 12 + month < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) errors.expiry = 'expiryPast';
  }

  if (!/^\d{3,4}$/.test(fields.cvc.trim())) errors.cvc = 'cvcInvalid';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, outcome: number === SANDBOX_SUCCESS_CARD ? 'success' : 'decline' };
}
