import { UserFacingError } from '@/lib/user-facing-error';

export type RulesErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_ITEM'
  | 'INVALID_TIME_ZONE'
  | 'INVALID_PROMO'
  | 'INVALID_LINE'
  | 'INVALID_AMOUNT'
  | 'INVALID_FEE_SCHEDULE'
  | 'UNKNOWN_AGREEMENT_VERSION';

/**
 * Thrown for input no rule can decide on (a malformed snapshot, an unknown agreement version): a
 * programming or data error, not a traveller's mistake. Decisions about a traveller's request are
 * returned as `allowed: false` with a reason, never thrown.
 */
export class RulesError extends UserFacingError {
  declare readonly code: RulesErrorCode;
  // A bug, not a refusal: the action wrapper logs it with the request id and shows the generic message.
  override readonly internal = true;
  constructor(code: RulesErrorCode, message: string) {
    super(code, 'auth.errors.unexpected');
    this.name = 'RulesError';
    this.message = `${code}: ${message}`;
  }
}
