/** Values a message takes (`{count}`, `{reference}`), passed to the catalog's ICU message. */
export type MessageParams = Record<string, string | number>;

export type UserFacingErrorOptions = {
  /** the form field the message belongs to (a dotted path for nested forms: "contact.email") */
  field?: string;
  params?: MessageParams;
  /** more than one field at once: path → message key */
  fieldErrors?: Record<string, string>;
  /** plain data the page must show next to the message (a clause, a changed price, a latest instant) */
  details?: Record<string, unknown>;
  cause?: unknown;
};

/**
 * The one error type a person is meant to see: a catalog message key (content/messages), optionally
 * the field it belongs to and the values it needs. Every domain error (lib/** /errors.ts) extends it,
 * so the action wrapper (lib/auth/define-action.ts) knows what to show and what to log. It lives at
 * the bottom of the layers (no imports) so lib/rules may use it too.
 */
export class UserFacingError extends Error {
  readonly code: string;
  readonly messageKey: string;
  readonly field?: string;
  readonly params?: MessageParams;
  readonly fieldErrors: Record<string, string>;
  readonly details: Record<string, unknown>;
  /**
   * A programming or data error that still needs a polite answer: shown with its (generic) message
   * but logged as a failure with the request id.
   */
  readonly internal: boolean = false;

  constructor(code: string, messageKey: string, options: UserFacingErrorOptions = {}) {
    super(code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserFacingError';
    this.code = code;
    this.messageKey = messageKey;
    this.field = options.field;
    this.params = options.params;
    this.fieldErrors = { ...options.fieldErrors, ...(options.field ? { [options.field]: messageKey } : {}) };
    this.details = options.details ?? {};
  }
}
