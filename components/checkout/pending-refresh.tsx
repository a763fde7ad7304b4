'use client';

import { useEffect } from 'react';
// Only refresh: next/navigation's router, not next-intl's (which would ship its client to the page).
import { useRouter } from 'next/navigation';

/**
 * While something is under way on the server (a returned payment being confirmed, a paid order being
 * issued), look again every few seconds, for a few minutes at most: the page then shows the state it
 * reached and a reload shows any later one.
 */
export function PendingRefresh({ everyMs = 2500, forMs = 5 * 60_000 }: { everyMs?: number; forMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const until = Date.now() + forMs;
    const timer = setInterval(() => {
      if (Date.now() > until) clearInterval(timer);
      else router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs, forMs]);
  return null;
}
