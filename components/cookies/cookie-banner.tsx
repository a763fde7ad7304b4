'use client';

import { useState, useSyncExternalStore, type FormEvent } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { localePath, withoutLocale } from '@/lib/i18n/locale-path';
import { rememberCurrencyOfLocation } from '@/lib/privacy/cookie-consent-client';
import { choiceButton } from './styles';
import { notifyCookieConsentChanged, useCookieConsentState } from './use-cookie-consent';

// Every page carries the banner in its HTML (pages are cached and shared); the consent script in the
// layout hides it before the first paint when the browser holds a choice, and it leaves the page once
// the client knows. So it never moves the page (issue 19, CLS).

const noSubscription = () => () => undefined;
const currentLocation = () => window.location.pathname + window.location.search;

export type CookieBannerTexts = { title: string; text: string; policy: string; error: string; acceptAll: string; rejectAll: string; settings: string };

/**
 * The cookie banner: in the page flow at the top of the body (never over the page), with "Accept
 * all" and "Reject all" equally prominent and a link to choose by category. Works as a plain form
 * without JavaScript (POST /api/consent, then back to this page). Its words come from the server as
 * props: no messages provider on public pages (issue 19, point 5).
 */
export function CookieBanner({ locale, texts }: { locale: Locale; texts: CookieBannerTexts }) {
  const t = (key: keyof CookieBannerTexts) => texts[key];
  const pathname = withoutLocale(usePathname() ?? '/');
  const status = useCookieConsentState();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const returnTo = useSyncExternalStore(noSubscription, currentLocation, () => '');

  if (status === 'decided' || pathname === '/cookies/settings') return null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const choice = submitter?.value;
    if (choice !== 'all' && choice !== 'none') return;
    setBusy(true);
    setFailed(false);
    try {
      const response = await fetch('/api/consent', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ choice, source: 'BANNER', locale }),
      });
      if (!response.ok) throw new Error(String(response.status));
      notifyCookieConsentChanged();
      if (choice === 'all') rememberCurrencyOfLocation(window.location.search);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="cookie-banner-title" className="cookie-banner border-b border-brand-100 bg-white" data-testid="cookie-banner">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 md:flex-row md:items-center md:justify-between md:gap-6">
        <div className="text-sm text-slate-800">
          <h2 id="cookie-banner-title" className="text-base font-semibold text-slate-900">
            {t('title')}
          </h2>
          <p className="mt-1">
            {t('text')}
            <Link href={localePath(locale, '/legal/cookies')} prefetch={false} className="ml-1 text-brand-700 underline">
              {t('policy')}
            </Link>
          </p>
          {failed && (
            <p role="alert" className="mt-2 font-medium text-red-700">
              {t('error')}
            </p>
          )}
        </div>
        <form method="post" action="/api/consent" onSubmit={onSubmit} className="flex shrink-0 flex-wrap items-center gap-2">
          <input type="hidden" name="source" value="BANNER" />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <button type="submit" name="choice" value="all" className={choiceButton} disabled={busy}>
            {t('acceptAll')}
          </button>
          <button type="submit" name="choice" value="none" className={choiceButton} disabled={busy}>
            {t('rejectAll')}
          </button>
          <Link href={localePath(locale, '/cookies/settings')} prefetch={false} className="px-2 py-2 text-sm font-medium text-brand-700 underline">
            {t('settings')}
          </Link>
        </form>
      </div>
    </section>
  );
}
