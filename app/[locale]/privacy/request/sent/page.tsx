import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { h1, link, status } from '@/components/privacy/ui';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy/request/sent'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.request' });
  return { title: t('sentTitle'), robots: { index: false } };
}

export default async function DataRequestSentPage({ params, searchParams }: PageProps<'/[locale]/privacy/request/sent'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  const reference = typeof query.ref === 'string' && /^DR-[A-Z0-9]{6}$/.test(query.ref) ? query.ref : null;
  const t = await getTranslations({ locale, namespace: 'privacy.request' });
  return (
    <section aria-labelledby="sent-title" className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 id="sent-title" className={h1}>{query.verified === '1' ? t('sentTitle') : t('checkEmailTitle')}</h1>
      {reference && <p role="status" className={status}>{t('reference', { reference })}</p>}
      <p className="text-slate-700">{query.verified === '1' ? t('sentBody') : t('checkEmailBody')}</p>
      <p>
        <Link href="/privacy" className={link}>{t('back')}</Link>
      </p>
    </section>
  );
}
