import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { localeAlternates } from '@/lib/i18n/alternates';
import { card, h1, h2, link } from '@/components/privacy/ui';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.hub' });
  return { title: t('title'), description: t('intro'), alternates: localeAlternates(locale as Locale, '/privacy') };
}

const entries = [
  { key: 'myData', href: '/account/privacy' },
  { key: 'marketing', href: '/account/marketing' },
  { key: 'cookies', href: '/cookies/settings' },
  { key: 'request', href: '/privacy/request' },
  { key: 'restore', href: '/privacy/restore' },
  { key: 'policy', href: '/legal/privacy' },
] as const;

/** Where every data right starts: with an account, without one, and the policies. */
export default async function PrivacyHubPage({ params }: PageProps<'/[locale]/privacy'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'privacy.hub' });
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className={h1}>{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2">
        {entries.map((entry) => (
          <li key={entry.key} className={card}>
            <h2 className={h2}>{t(`${entry.key}.title`)}</h2>
            <p className="text-slate-700">{t(`${entry.key}.body`)}</p>
            <p>
              <Link href={entry.href} className={link}>
                {t(`${entry.key}.link`)}
              </Link>
            </p>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-600">{t('deadline')}</p>
    </div>
  );
}
