import { hashLinkToken, sign } from '@/lib/crypto/signed-token';

/**
 * The one-click stop link's token: a keyed signature of the search id, so the alert mail (rendered at
 * send time from ids only) can rebuild it and the database keeps only its SHA-256 to find the search.
 */
export function stopTokenFor(savedSearchId: string): string {
  return sign('saved-search-stop', savedSearchId);
}

export function stopTokenHash(token: string): string {
  return hashLinkToken(token);
}
