/**
 * Agreement 8.2: bookings for unaccompanied minors, passengers who need special assistance and late
 * pregnancy are not made online. The checkout form offers this instead: the trip's offers (no personal
 * data beyond a way to reach the traveller) go to support as an AssistanceRequest.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/auth/audit';
import { noRequestContext, type RequestContext } from '@/lib/auth/request-context';
import { encryptField } from '@/lib/crypto/field-encryption';
import { checkContactDetails } from '@/lib/rules';
import { BookingError, type FieldErrors } from './errors';
import { findTrip, type TripOwner } from './find-trip';
import { offerFacts } from './offer-facts';

const SUPPORT_REASONS = ['UNACCOMPANIED_MINOR', 'SPECIAL_ASSISTANCE_REQUIRED', 'LATE_PREGNANCY'] as const;

const schema = z.object({
  contact: z.object({ email: z.string().trim().max(254), phone: z.string().trim().max(32) }),
  reasons: z.array(z.enum(SUPPORT_REASONS)).min(1).max(3),
  message: z.string().trim().max(1000).optional(),
  /** explicit consent to processing the reasons and the note (special-category data) */
  consent: z.literal(true),
});

export type RequestAssistanceOptions = {
  owner: TripOwner;
  input: unknown;
  locale: string;
  actor?: AuditActor | null;
  context?: RequestContext;
};

export async function requestAssistance({ owner, input, locale, actor = null, context = noRequestContext }: RequestAssistanceOptions): Promise<{ requestId: string }> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const consentMissing = parsed.error.issues.some((i) => i.path[0] === 'consent');
    throw new BookingError('INVALID_INPUT', 'checkout.errors.fixFields', {
      fieldErrors: consentMissing ? { assistanceConsent: 'checkout.errors.assistanceConsent' } : { _form: 'checkout.errors.invalid' },
    });
  }
  const { contact, reasons, message } = parsed.data;
  const check = checkContactDetails(contact);
  if (!check.allowed) {
    const fieldErrors: FieldErrors = {};
    for (const problem of check.problems) fieldErrors[problem.startsWith('CONTACT_EMAIL') ? 'contact.email' : 'contact.phone'] ??= `rules.reasons.${problem}`;
    throw new BookingError('INVALID_INPUT', 'checkout.errors.fixFields', { fieldErrors });
  }
  const trip = await findTrip(db, owner);
  if (!trip || trip.items.length === 0) throw new BookingError('TRIP_EMPTY', 'trip.errors.empty');
  const itinerary = trip.items.map((item) => {
    const facts = offerFacts(item.offer);
    return { kind: item.kind, offerId: item.offerId, title: facts.title, startsAt: facts.startsAt.toISOString(), price: item.accepted };
  });
  return db.$transaction(async (tx) => {
    const request = await tx.assistanceRequest.create({
      data: {
        userId: owner.userId,
        tripId: trip.id,
        contactEmail: contact.email.toLowerCase(),
        contactPhoneEnc: encryptField(contact.phone.replace(/[\s\-.()]/g, '')),
        locale,
        reasons: [...new Set(reasons)],
        itinerary,
        messageEnc: message ? encryptField(message) : null,
        consentGivenAt: new Date(),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: 'assistance_request.created',
      subjectType: 'assistance_request',
      subjectId: request.id,
      context,
      data: { reasons, items: itinerary.length },
    });
    return { requestId: request.id };
  });
}
