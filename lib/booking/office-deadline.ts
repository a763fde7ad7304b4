import { OFFICE_DEADLINE_BEFORE_SERVICE_HOURS, OFFICE_MIN_WINDOW_HOURS, OFFICE_PAYMENT_HOURS } from './constants';

const HOUR = 60 * 60 * 1000;

/**
 * Agreement 4.1, pay at our office: the order is held until this deadline, which is 24 h away but
 * never closer than 6 h to the first service. Null when that leaves less than 2 h: then only card
 * payment is offered.
 */
export function officeDeadline(at: Date, firstServiceAt: Date): Date | null {
  const deadline = Math.min(at.getTime() + OFFICE_PAYMENT_HOURS * HOUR, firstServiceAt.getTime() - OFFICE_DEADLINE_BEFORE_SERVICE_HOURS * HOUR);
  return deadline - at.getTime() >= OFFICE_MIN_WINDOW_HOURS * HOUR ? new Date(deadline) : null;
}
