import type { Offer } from '@/lib/inventory/supplier';
import { CARD_HOLD_MINUTES } from '../constants';
import type { FieldErrors } from '../errors';
import { offerFacts } from '../offer-facts';
import { officeDeadline } from '../office-deadline';
import { errorKey } from './error-key';

/**
 * How long the inventory is held for payment: 15 minutes for a card, until the office deadline for "pay
 * at our office" (Agreement 4.1), which a trip starting too soon does not have (a field error then).
 */
export function holdDeadline(paymentMethod: 'CARD' | 'OFFICE', offers: readonly Offer[], at: Date): { holdExpiresAt: Date; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  let holdExpiresAt = new Date(at.getTime() + CARD_HOLD_MINUTES * 60_000);
  if (paymentMethod === 'OFFICE') {
    const firstStart = new Date(Math.min(...offers.map((o) => offerFacts(o).startsAt.getTime())));
    const deadline = officeDeadline(at, firstStart);
    if (deadline) holdExpiresAt = deadline;
    else fieldErrors.paymentMethod = errorKey('officeUnavailable');
  }
  return { holdExpiresAt, fieldErrors };
}
