'use client';

import { useEffect } from 'react';
import { useRouter } from '@/lib/i18n/navigation';

/** While a returned payment is being confirmed, look again every few seconds (no JavaScript: reload). */
export function PendingRefresh({ everyMs = 2500 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
