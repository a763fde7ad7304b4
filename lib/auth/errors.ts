import { UserFacingError } from '@/lib/user-facing-error';

export { UserFacingError };

/** The record does not exist or belongs to someone else: the two are indistinguishable on purpose. */
export class NotFoundError extends UserFacingError {
  constructor() {
    super('not-found', 'auth.errors.notFound');
    this.name = 'NotFoundError';
  }
}
