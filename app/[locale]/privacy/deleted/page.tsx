import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { ACCOUNT_RESTORE_DAYS } from '@/lib/privacy/retention-config';
import { h1, link, status } from '@/components/privacy/ui';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy/deleted'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.delete' });
  return { title: t('deletedTitle'), robots: { index: false } };
}

export default async function AccountDeletedPage({ params }: PageProps<'/[locale]/privacy/deleted'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'privacy.delete' });
  return (
    <section aria-labelledby="deleted-title" className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 id="deleted-title" className={h1}>{t('deletedTitle')}</h1>
      <p role="status" className={status}>{t('deletedBody', { days: ACCOUNT_RESTORE_DAYS })}</p>
      <p>
        <Link href="/privacy/restore" className={link}>{t('restoreLink')}</Link>
      </p>
    </section>
  );
}
