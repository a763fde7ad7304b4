import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { requireUser } from '@/lib/auth/viewer';
import { countUpcomingOrders } from '@/lib/account/count-upcoming-orders';
import { DELETION_LINK_MINUTES } from '@/lib/privacy/privacy-mail-templates';
import { ACCOUNT_RESTORE_DAYS, retentionYears, tripRetentionDays } from '@/lib/privacy/retention-config';
import { alert, card, dangerButton, h1, h2, link, notice, status } from '@/components/privacy/ui';
import { requestDeletionAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/account/privacy/delete'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.delete' });
  return { title: t('title'), robots: { index: false } };
}

/** What deleting the account means, then a confirmation link by email (Policy 000 §8). */
export default async function DeleteAccountPage({ params, searchParams }: PageProps<'/[locale]/account/privacy/delete'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireUser({ locale, returnTo: '/account/privacy/delete' });
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'privacy.delete' });
  const upcoming = await countUpcomingOrders(viewer.id);
  const years = retentionYears(tripRetentionDays()) ?? 3;
  const consequences = ['signOut', 'signIn', 'restore', 'erase', 'orders', 'marketing', 'newAccount'] as const;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className={h1}>{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
      </div>
      {query.status === 'sent' && <p role="status" className={status}>{t('sent', { email: viewer.email, minutes: DELETION_LINK_MINUTES })}</p>}
      {query.status === 'limited' && <p role="alert" className={alert}>{t('errors.rateLimited')}</p>}
      {query.status === 'failed' && <p role="alert" className={alert}>{t('errors.failed')}</p>}
      <section aria-labelledby="consequences" className={card}>
        <h2 id="consequences" className={h2}>{t('consequencesTitle')}</h2>
        <ul className="list-disc pl-6 text-slate-800">
          {consequences.map((key) => (
            <li key={key}>{t(`consequences.${key}`, { days: ACCOUNT_RESTORE_DAYS, years })}</li>
          ))}
        </ul>
        {upcoming > 0 && <p className={notice}>{t('upcoming', { count: upcoming })}</p>}
        <p className="text-sm">
          <Link href="/account/privacy" className={link}>{t('downloadFirst')}</Link>
        </p>
      </section>
      <form action={requestDeletionAction} className="flex flex-col gap-3">
        <input type="hidden" name="locale" value={locale} />
        <p className="text-slate-700">{t('confirmByEmail', { email: viewer.email })}</p>
        <div>
          <button type="submit" className={dangerButton}>{t('send')}</button>
        </div>
      </form>
    </div>
  );
}
