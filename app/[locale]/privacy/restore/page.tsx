import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { peekAccountToken } from '@/lib/privacy/delete-account';
import { maskEmail } from '@/lib/privacy/mask';
import { TextField } from '@/components/forms/field';
import { alert, h1, link, primaryButton, status } from '@/components/privacy/ui';
import { restoreAccountAction, sendRestoreLinkAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy/restore'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.restore' });
  return { title: t('title'), robots: { index: false } };
}

/** Restore a deleted account within 30 days: from the emailed link, or ask for a new link. */
export default async function RestoreAccountPage({ params, searchParams }: PageProps<'/[locale]/privacy/restore'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  const token = typeof query.token === 'string' ? query.token : '';
  const [t, format, user] = await Promise.all([
    getTranslations({ locale, namespace: 'privacy.restore' }),
    getFormatter({ locale }),
    token ? peekAccountToken(token, 'RESTORE_ACCOUNT') : Promise.resolve(null),
  ]);

  return (
    <section aria-labelledby="restore-title" className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 id="restore-title" className={h1}>{t('title')}</h1>
      {query.restored === '1' && (
        <>
          <p role="status" className={status}>{t('restored')}</p>
          <p>
            <Link href="/signin" className={link}>{t('signIn')}</Link>
          </p>
        </>
      )}
      {query.failed === '1' && <p role="alert" className={alert}>{t('invalid')}</p>}
      {query.sent === '1' && <p role="status" className={status}>{t('sent')}</p>}
      {user ? (
        <form action={restoreAccountAction} className="flex flex-col gap-4">
          <p className="text-slate-700">
            {t('body', { email: maskEmail(user.email), date: format.dateTime(user.restoreUntil!, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) })}
          </p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <div>
            <button type="submit" className={primaryButton}>{t('button')}</button>
          </div>
        </form>
      ) : (
        query.restored !== '1' && (
          <form action={sendRestoreLinkAction} className="flex flex-col gap-3">
            {token && query.failed !== '1' && <p role="alert" className={alert}>{t('invalid')}</p>}
            <p className="text-slate-700">{t('askIntro')}</p>
            <input type="hidden" name="locale" value={locale} />
            <TextField id="restore-email" name="email" type="email" autoComplete="email" required label={t('email')} />
            <div>
              <button type="submit" className={primaryButton}>{t('send')}</button>
            </div>
          </form>
        )
      )}
    </section>
  );
}
