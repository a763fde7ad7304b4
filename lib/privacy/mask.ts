/**
 * Masked display of personal values for people who do not need them in full (Privacy Policy 8:
 * "document numbers are masked unless the task requires them"). Masks keep the length hidden.
 */
const DOT = '•';

/** "AB1234567" → "•••••4567"; short values show at most their last two characters. */
export function maskDocumentNumber(value: string): string {
  const clean = value.replace(/\s/g, '');
  const shown = clean.length >= 8 ? 4 : Math.min(2, Math.max(0, clean.length - 3));
  return DOT.repeat(5) + clean.slice(clean.length - shown);
}

/** "nargiz@example.com" → "n•••@example.com". */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return DOT.repeat(3);
  return `${value[0]}${DOT.repeat(3)}${value.slice(at)}`;
}

/** "+994501234567" → "+99•••••67". */
export function maskPhone(value: string): string {
  if (value.length < 6) return DOT.repeat(5);
  return `${value.slice(0, 3)}${DOT.repeat(5)}${value.slice(-2)}`;
}
