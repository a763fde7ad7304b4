/**
 * An error the user is meant to see, as a message key (content/messages). Server actions turn it into
 * `{ error: messageKey }`; anything else is logged and shown as a generic failure.
 */
export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    readonly messageKey: string,
  ) {
    super(code);
    this.name = 'UserFacingError';
  }
}

/** The record does not exist or belongs to someone else: the two are indistinguishable on purpose. */
export class NotFoundError extends UserFacingError {
  constructor() {
    super('not-found', 'auth.errors.notFound');
    this.name = 'NotFoundError';
  }
}
