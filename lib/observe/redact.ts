/**
 * Logs carry no personal data (DESIGN, privacy promises): fields that can hold it are replaced by
 * the logger (pino `redact`), and e-mail addresses are masked in every message and error text, since
 * provider and database errors quote the values they refused.
 */
const REDACTED_KEYS = [
  'email',
  'to',
  'toAddress',
  'from',
  'name',
  'firstName',
  'lastName',
  'fullName',
  'givenName',
  'familyName',
  'phone',
  'documentNumber',
  'passportNumber',
  'dateOfBirth',
  'birthDate',
  'address',
  'password',
  'token',
  'authorization',
  'cookie',
];

/** pino redact paths: the keys at the top level and one level down (`err.meta.email`, `order.email`). */
export const REDACT_PATHS = [...REDACTED_KEYS, ...REDACTED_KEYS.map((k) => `*.${k}`)];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, '[email]');
}
