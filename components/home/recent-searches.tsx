'use client';

import { useEffect, useState } from 'react';
import { hasConsent } from '@/lib/privacy/cookie-consent-client';
import { parseRecentSearches, RECENT_SEARCHES_KEY, type RecentSearch } from '@/lib/inventory/recent-searches';

/**
 * Home's "Your recent searches": read from this browser after the page loads, so the cached home
 * is the same for everyone. Without consent to preference cookies it shows nothing and forgets any
 * list left from an earlier consent (Cookie Policy 3). Words come as props (public-page islands).
 */
export function RecentSearches({ locale, heading, kindLabels }: { locale: string; heading: string; kindLabels: Record<RecentSearch['kind'], string> }) {
  const [items, setItems] = useState<RecentSearch[]>([]);
  useEffect(() => {
    try {
      if (!hasConsent('preferences')) {
        localStorage.removeItem(RECENT_SEARCHES_KEY);
        return;
      }
      // Reading browser storage after hydration is this island's whole job.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setItems(parseRecentSearches(localStorage.getItem(RECENT_SEARCHES_KEY)));
    } catch {
      // Storage blocked: nothing to show.
    }
  }, []);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="recent-searches-heading">
      <h2 id="recent-searches-heading" className="mb-3 text-xl font-semibold">
        {heading}
      </h2>
      <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {items.map((item) => (
          <li key={`${item.kind}?${item.query}`}>
            <a href={`/${locale}/${item.kind}?${item.query}`} className="inline-flex flex-col rounded-lg border border-slate-200 bg-white px-3 py-2 hover:border-brand-600">
              <span className="text-xs text-slate-600">{kindLabels[item.kind]}</span>
              <span className="font-medium text-brand-800">{item.title}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
