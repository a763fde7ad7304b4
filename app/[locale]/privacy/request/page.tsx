import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { localeAlternates } from '@/lib/i18n/alternates';
import { getViewer } from '@/lib/auth/viewer';
import { dataRequestKinds, type DataRequestKind } from '@/lib/privacy/data-request-schema';
import { DataRequestForm } from '@/components/privacy/data-request-form';
import { h1 } from '@/components/privacy/ui';
import { submitDataRequestAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy/request'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.request' });
  return { title: t('title'), alternates: localeAlternates(locale as Locale, '/privacy/request') };
}

/** Access, correction, erasure, restriction or objection, with or without an account (Privacy Policy 10). */
export default async function DataRequestPage({ params, searchParams }: PageProps<'/[locale]/privacy/request'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  const [t, viewer] = await Promise.all([getTranslations({ locale, namespace: 'privacy.request' }), getViewer()]);
  const preset = typeof query.kind === 'string' ? query.kind.toUpperCase() : '';
  const kind = (dataRequestKinds as readonly string[]).includes(preset) ? (preset as DataRequestKind) : undefined;
  const order = typeof query.order === 'string' && query.order.length <= 20 ? query.order : undefined;

  return (
    <section aria-labelledby="request-title" className="mx-auto flex max-w-2xl flex-col gap-5">
      <div className="flex flex-col gap-2">
        <h1 id="request-title" className={h1}>{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
        <p className="text-slate-700">{viewer ? t('signedIn', { email: viewer.email }) : t('withoutAccount')}</p>
      </div>
      <DataRequestForm action={submitDataRequestAction} locale={locale} email={viewer?.email} kind={kind} orderReference={order} />
    </section>
  );
}
