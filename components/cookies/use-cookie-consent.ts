'use client';

import { useSyncExternalStore } from 'react';
import { readConsentStatus } from '@/lib/privacy/cookie-consent-client';

/**
 * The cookie choice in client components, re-rendered when the visitor decides (the banner calls
 * `notifyCookieConsentChanged()` after saving). Before hydration every category but strictly
 * necessary counts as refused.
 */
const listeners = new Set<() => void>();

function subscribeCookieConsent(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function notifyCookieConsentChanged() {
  for (const listener of listeners) listener();
}

export function useCookieConsentState(): 'unknown' | 'ask' | 'decided' {
  return useSyncExternalStore(
    subscribeCookieConsent,
    () => (readConsentStatus().state === 'decided' ? 'decided' : 'ask'),
    () => 'unknown',
  );
}
