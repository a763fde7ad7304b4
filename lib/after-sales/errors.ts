import { UserFacingError } from '@/lib/user-facing-error';

export type AfterSalesErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'ORDER_NOT_CANCELLABLE'
  | 'NOTHING_TO_CANCEL'
  | 'CANCELLATION_NOT_ALLOWED'
  | 'QUOTE_CHANGED'
  | 'REQUEST_ALREADY_OPEN'
  | 'ITEM_ALREADY_CANCELLED'
  | 'WRONG_ITEM_KIND'
  | 'CHANGE_WINDOW_CLOSED'
  | 'NEW_PICKUP_NOT_BOOKABLE'
  | 'NOTHING_TO_CHANGE'
  | 'ORDER_NOT_CHANGEABLE'
  | 'REQUEST_CLOSED'
  | 'NO_AIRLINE_CHANGE';

/**
 * An expected refusal of a traveller's after-sales request, with a message key of the `afterSales`
 * catalog (`afterSales.errors.<CODE>`) and, where the page must show why, the details (the rules'
 * clause, reason code and latest allowed instant, the recomputed quote, field errors).
 */
export class AfterSalesError extends UserFacingError {
  declare readonly code: AfterSalesErrorCode;
  constructor(
    code: AfterSalesErrorCode,
    override readonly details: { fieldErrors?: Record<string, string>; clause?: string; reason?: string; latestAt?: Date; [key: string]: unknown } = {},
  ) {
    super(code, `afterSales.errors.${code}`, { fieldErrors: details.fieldErrors, details });
    this.name = 'AfterSalesError';
  }
}

export function isAfterSalesError(error: unknown): error is AfterSalesError {
  return error instanceof AfterSalesError;
}
