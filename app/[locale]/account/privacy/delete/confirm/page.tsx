import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { peekAccountToken } from '@/lib/privacy/delete-account';
import { ACCOUNT_RESTORE_DAYS } from '@/lib/privacy/retention-config';
import { alert, dangerButton, h1, link } from '@/components/privacy/ui';
import { confirmDeletionAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/account/privacy/delete/confirm'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.delete' });
  return { title: t('confirmTitle'), robots: { index: false } };
}

/** The emailed link lands here (no sign-in needed: the link is the proof); the button deletes. */
export default async function ConfirmDeletionPage({ params, searchParams }: PageProps<'/[locale]/account/privacy/delete/confirm'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  const token = typeof query.token === 'string' ? query.token : '';
  const [t, user] = await Promise.all([getTranslations({ locale, namespace: 'privacy.delete' }), peekAccountToken(token, 'CONFIRM_ACCOUNT_DELETION')]);

  return (
    <section aria-labelledby="confirm-title" className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 id="confirm-title" className={h1}>{t('confirmTitle')}</h1>
      {query.failed === '1' && <p role="alert" className={alert}>{t('errors.invalidLink')}</p>}
      {user ? (
        <form action={confirmDeletionAction} className="flex flex-col gap-4">
          <p className="text-slate-700">{t('confirmBody', { email: user.email, days: ACCOUNT_RESTORE_DAYS })}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <div>
            <button type="submit" className={dangerButton}>{t('confirmButton')}</button>
          </div>
        </form>
      ) : (
        <p className="text-slate-700">{t('errors.invalidLink')}</p>
      )}
      <p>
        <Link href="/account/privacy" className={link}>{t('keep')}</Link>
      </p>
    </section>
  );
}
