'use client';

import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { SignOutButton } from '@/components/auth/sign-out-button';

type Me = { signedIn: boolean };

/**
 * The personal part of the header. Pages are cached and shared, so who is signed in comes from a
 * small private request (`GET /api/me`, `no-store`) after the page loaded, never from the HTML.
 * Until it answers, the header shows what a visitor without a session sees; the box keeps its width.
 */
export function HeaderAccount() {
  const t = useTranslations();
  const locale = useLocale();
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/me', { cache: 'no-store', credentials: 'same-origin', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Me>) : null))
      .then((answer) => answer && setMe(answer))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  const primary = 'rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700';
  return (
    <div className="flex min-w-24 items-center justify-end gap-3" data-testid="header-account">
      {me?.signedIn ? (
        <>
          <Link href="/account" className={primary}>
            {t('common.nav.account')}
          </Link>
          <SignOutButton locale={locale} label={t('auth.signOut')} className="rounded px-2 py-1 text-brand-700 hover:bg-brand-50" />
        </>
      ) : (
        <Link href="/signin" className={primary}>
          {t('common.nav.signIn')}
        </Link>
      )}
    </div>
  );
}
