import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { requireUser } from '@/lib/auth/viewer';
import { countryOptions } from '@/lib/account/country-options';
import { TravellerForm } from '@/components/account/traveller-form';
import { createTravellerAction } from '../../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/account/travellers/new'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('travellers.newTitle'), robots: { index: false } };
}

export default async function NewTravellerPage({ params }: PageProps<'/[locale]/account/travellers/new'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await requireUser({ locale, returnTo: '/account/travellers/new' });
  const t = await getTranslations({ locale, namespace: 'account' });
  const empty = { firstName: '', lastName: '', dateOfBirth: '', gender: '', nationality: '', documentNumber: '', documentExpiry: '' };
  return (
    <div className="flex flex-col gap-6">
      <Link href="/account/travellers" className="text-sm text-brand-700 underline">{t('travellers.back')}</Link>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('travellers.newTitle')}</h1>
      <TravellerForm action={createTravellerAction} locale={locale} initial={empty} countries={countryOptions(locale)} />
    </div>
  );
}
