'use client';

import { useEffect } from 'react';
import { hasConsent } from '@/lib/privacy/cookie-consent-client';
import { addRecentSearch, parseRecentSearches, RECENT_SEARCHES_KEY, type RecentSearch } from '@/lib/inventory/recent-searches';

/**
 * Adds the search on screen to this browser's recent searches, only with consent to preference
 * cookies. Renders nothing: the cached results page stays the same for everyone.
 */
export function RememberSearch({ entry }: { entry: RecentSearch }) {
  const { kind, query, title } = entry;
  useEffect(() => {
    if (!hasConsent('preferences')) return;
    try {
      const list = addRecentSearch(parseRecentSearches(localStorage.getItem(RECENT_SEARCHES_KEY)), { kind, query, title });
      localStorage.setItem(RECENT_SEARCHES_KEY, JSON.stringify(list));
    } catch {
      // Storage full or blocked: the search simply is not remembered.
    }
  }, [kind, query, title]);
  return null;
}
