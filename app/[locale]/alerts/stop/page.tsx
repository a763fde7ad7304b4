import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { findSearchByStopToken } from '@/lib/alerts/find-search-by-stop-token';
import { h1, link, primaryButton, status as statusClass } from '@/components/privacy/ui';
import { stopAlertAction } from './actions';

// Personal: rendered per request, never cached (lib/auth/public-pages.ts).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/alerts/stop'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'alerts.stop' });
  return { title: t('title'), robots: { index: false } };
}

/** Where the stop link of a price alert leads: one button, no sign-in. */
export default async function StopAlertPage({ params, searchParams }: PageProps<'/[locale]/alerts/stop'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  const token = typeof query.token === 'string' ? query.token.slice(0, 200) : '';
  const t = await getTranslations({ locale, namespace: 'alerts.stop' });
  const done = query.done === '1';
  const search = !done && token ? await findSearchByStopToken(token) : null;

  return (
    <section aria-labelledby="stop-title" className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 id="stop-title" className={h1}>
        {done || search ? t('title') : t('invalidTitle')}
      </h1>
      {done && (
        <p role="status" className={statusClass}>
          {t('done')}
        </p>
      )}
      {!done && !search && <p className="text-slate-700">{t('invalidBody')}</p>}
      {search && (
        <form action={stopAlertAction} className="flex flex-col gap-4">
          <p className="text-slate-700">{t('body')}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <div>
            <button type="submit" className={primaryButton}>
              {t('button')}
            </button>
          </div>
        </form>
      )}
      <p>
        <Link href="/account/alerts" className={link}>
          {t('manage')}
        </Link>
      </p>
    </section>
  );
}
