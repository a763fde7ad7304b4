/**
 * Manage booking without an account: find an order by its reference and the surname of anyone
 * travelling on it (issue 7). Rate limited per client IP and per reference, and built so the answer
 * says nothing about a reference unless the surname matches: a wrong surname, an unknown reference and
 * a malformed one take the same path (the same rate-limit writes, the same query, the same comparison
 * work) and return the same `not-found`.
 */
import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { recordAuditEvent, type AuditActor } from '@/lib/auth/audit';
import { consumeRateLimit, type RateLimitRule } from '@/lib/auth/rate-limit';
import type { RequestContext } from '@/lib/auth/request-context';
import { db } from '@/lib/db/client';
import { normaliseOrderReference } from './generate-order-reference';

export const bookingLookupLimits = {
  perIp: { bucket: 'booking-lookup:ip', limit: 10, windowMs: 15 * 60_000 },
  perReference: { bucket: 'booking-lookup:reference', limit: 5, windowMs: 15 * 60_000 },
} as const;

const E = (key: string) => `booking.lookup.validation.${key}`;

/** The look-up form. Only presence and length: a reference of the wrong shape is "not found", like any other. */
export const bookingLookupSchema = z.object({
  reference: z.string().trim().min(1, { error: E('referenceRequired') }).max(40, { error: E('referenceTooLong') }),
  surname: z.string().trim().min(1, { error: E('surnameRequired') }).max(100, { error: E('surnameTooLong') }),
});

export type FindBookingInput = {
  reference: string;
  surname: string;
  context: RequestContext;
  /** the signed-in visitor, if any, for the audit trail */
  actor?: AuditActor | null;
  now?: Date;
};

export type FindBookingResult =
  | { outcome: 'found'; orderId: string; reference: string }
  | { outcome: 'not-found' }
  | { outcome: 'rate-limited'; retryAfterMs: number };

// Letters that Unicode does not decompose into a Latin base letter, as travellers type them
// (Azerbaijani, Kazakh Latin, Turkish, Nordic); names on orders are stored in Latin capitals.
const LATIN_FOLDS: Record<string, string> = { Ə: 'A', ə: 'A', ı: 'I', ß: 'SS', Ø: 'O', ø: 'O', Đ: 'D', đ: 'D', Ł: 'L', ł: 'L', Æ: 'AE', æ: 'AE', Œ: 'OE', œ: 'OE' };

/** "Əliyeva", " aliyeva ", "O'Neil-Smith" → "ALIYEVA", "ALIYEVA", "ONEILSMITH": letters only, no diacritics. */
export function normaliseSurname(value: string): string {
  return value
    .replace(/[ƏəıßØøĐđŁłÆæŒœ]/g, (c) => LATIN_FOLDS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Compares the typed surname with every surname on the order without stopping at the first match, on
 * fixed-length digests, so the time taken does not tell how close a guess was.
 */
function surnameMatches(typed: string, surnames: readonly string[]): boolean {
  const wanted = digest(normaliseSurname(typed));
  // Always compare against at least a few candidates, so an unknown reference costs the same.
  const candidates = surnames.length ? surnames : ['\u0000', '\u0000', '\u0000'];
  let match = false;
  for (const surname of candidates) {
    const normal = normaliseSurname(surname);
    const equal = timingSafeEqual(wanted, digest(normal));
    match = (equal && normal.length > 0) || match;
  }
  return match && surnames.length > 0;
}

// A reference that matches no order because it is outside the alphabet (0 and 1 are never drawn):
// a malformed reference is looked up as this, so it does the same database work as a real one.
const NEVER_A_REFERENCE = 'KRV-000000';

export async function findBooking({ reference, surname, context, actor = null, now = new Date() }: FindBookingInput): Promise<FindBookingResult> {
  const normal = normaliseOrderReference(reference);
  const referenceKey = normal ?? reference.trim().toUpperCase().slice(0, 40);
  const rules: RateLimitRule[] = [{ ...bookingLookupLimits.perReference, key: referenceKey }];
  if (context.ip) rules.push({ ...bookingLookupLimits.perIp, key: context.ip });
  const allowance = await consumeRateLimit(rules, now);
  if (!allowance.allowed) return { outcome: 'rate-limited', retryAfterMs: allowance.retryAfterMs };

  const order = await db.order.findUnique({
    where: { reference: normal ?? NEVER_A_REFERENCE },
    select: { id: true, reference: true, passengers: { select: { lastName: true } } },
  });
  const surnames = order ? [...new Set(order.passengers.map((p) => p.lastName))] : [];
  if (!order || !surnameMatches(surname, surnames)) return { outcome: 'not-found' };

  await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actor,
      action: 'booking.looked_up',
      subjectType: 'order',
      subjectId: order.id,
      context,
      // no reference or surname: the subject is the order, the method is all that is worth keeping
      data: { method: 'reference-surname' },
    });
  });
  return { outcome: 'found', orderId: order.id, reference: order.reference };
}
