'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { fetchMe } from './me';

/**
 * The number of offers in the trip, beside the header's "Your trip" link (issue 20). The header is
 * part of every cached page, so the count comes from the private `/api/me` after load; its box is
 * always there (invisible at zero), so the answer never moves the header. Its words come as props.
 * The header outlives client navigations (adding an offer redirects to /trip without a page load), so
 * it asks again whenever the path changes, or the count would stay at the first page's.
 */
export function TripCount({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  const pathname = usePathname();
  useEffect(() => {
    let live = true;
    void fetchMe().then((me) => live && me && setCount(me.tripItems));
    return () => {
      live = false;
    };
  }, [pathname]);
  return (
    <span data-testid="header-trip-count" className={`ml-1 inline-block min-w-5 rounded-full px-1.5 text-center text-xs font-semibold tabular-nums ${count > 0 ? 'bg-brand-600 text-white' : 'invisible'}`}>
      <span aria-hidden="true">{count}</span>
      {count > 0 && <span className="sr-only">{label.replace('{count}', String(count))}</span>}
    </span>
  );
}
