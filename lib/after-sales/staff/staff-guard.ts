import { NotFoundError, UserFacingError } from '@/lib/auth/errors';
import { staffRoles, type Viewer } from '@/lib/auth/viewer-types';

/** The staff member acting: the signed-in viewer as lib/auth resolves it. */
export type StaffActor = Viewer;

/**
 * Every back-office operation starts here, next to its data access: anyone but SUPPORT and ADMIN gets
 * the same answer as a missing record, so the back office does not admit that it exists.
 */
export function requireStaff(actor: Viewer | null | undefined): StaffActor {
  if (!actor || !(staffRoles as readonly string[]).includes(actor.role)) throw new NotFoundError();
  return actor;
}

/** Fees, promo codes and roles are the admin's (issue 9: SUPPORT cannot change them). */
export function requireAdmin(actor: Viewer | null | undefined): StaffActor {
  if (!actor || actor.role !== 'ADMIN') throw new NotFoundError();
  return actor;
}

export type BackOfficeErrorCode =
  | 'ALREADY_DECIDED'
  | 'NOT_OPEN'
  | 'ABOVE_MAXIMUM'
  | 'NOTHING_PAID'
  | 'REASON_REQUIRED'
  | 'NOT_A_PASSENGER_CHANGE'
  | 'CHARGE_NOT_PAID'
  | 'NOT_REFUSABLE'
  | 'NO_OFFICE_PAYMENT'
  | 'OFFICE_PAYMENT_CLOSED'
  | 'OFFICE_DEADLINE_PASSED'
  | 'PROMO_CODE_TAKEN'
  | 'INVALID_FEE_SCHEDULE'
  | 'SUPPLIER_NOT_CANCELLED'
  | 'SUPPLIER_CANCELLING';

/** An expected refusal, shown to staff as `backOffice.errors.<code>`. */
export class BackOfficeError extends UserFacingError {
  constructor(
    readonly reason: BackOfficeErrorCode,
    readonly values: Record<string, string | number> = {},
  ) {
    super(reason, `backOffice.errors.${reason}`);
    this.name = 'BackOfficeError';
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is a missing record, before any query. */
export function requireUuid(id: string): string {
  if (!uuidPattern.test(id)) throw new NotFoundError();
  return id;
}
