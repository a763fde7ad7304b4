'use client';

import { useEffect, useState } from 'react';
import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/locale-path';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { fetchMe, type Me } from './me';


/**
 * The personal part of the header. Pages are cached and shared, so who is signed in comes from a
 * small private request (`GET /api/me`, `no-store`) after the page loaded, never from the HTML.
 * Until it answers, the header shows what a visitor without a session sees; the box keeps its width.
 * Its words come from the server as props: no messages provider on public pages (issue 19, point 5).
 */
export function HeaderAccount({ locale, labels }: { locale: Locale; labels: { account: string; signIn: string; signOut: string } }) {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    let live = true;
    void fetchMe().then((answer) => live && answer && setMe(answer));
    return () => {
      live = false;
    };
  }, []);

  const primary = 'rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700';
  return (
    <div className="flex min-w-24 items-center justify-end gap-3" data-testid="header-account">
      {me?.signedIn ? (
        <>
          <Link href={localePath(locale, '/account')} prefetch={false} className={primary}>
            {labels.account}
          </Link>
          <SignOutButton locale={locale} label={labels.signOut} className="rounded px-2 py-1 text-brand-700 hover:bg-brand-50" />
        </>
      ) : (
        <Link href={localePath(locale, '/signin')} prefetch={false} className={primary}>
          {labels.signIn}
        </Link>
      )}
    </div>
  );
}
