import { UserFacingError } from '../auth/errors';

/** At most 20 saved searches per traveller (issue 18). */
export const MAX_SAVED_SEARCHES = 20;

export class TooManySavedSearchesError extends UserFacingError {
  constructor() {
    super('too-many-saved-searches', 'alerts.errors.tooMany');
  }
}

export class InvalidSavedSearchError extends UserFacingError {
  constructor() {
    super('invalid-saved-search', 'alerts.errors.invalid');
  }
}
