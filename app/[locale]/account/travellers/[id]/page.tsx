import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { requireUser } from '@/lib/auth/viewer';
import { getSavedTraveller } from '@/lib/account/get-saved-traveller';
import { countryOptions } from '@/lib/account/country-options';
import { TravellerForm } from '@/components/account/traveller-form';
import { DeleteTraveller } from '@/components/account/delete-traveller';
import { deleteTravellerAction, updateTravellerAction } from '../../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/account/travellers/[id]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('travellers.editTitle'), robots: { index: false } };
}

export default async function EditTravellerPage({ params }: PageProps<'/[locale]/account/travellers/[id]'>) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const viewer = await requireUser({ locale, returnTo: `/account/travellers/${encodeURIComponent(id)}` });
  // Scoped to the viewer: someone else's co-traveller is not found, like one that never existed.
  const traveller = await getSavedTraveller(viewer, id);
  if (!traveller) notFound();
  const t = await getTranslations({ locale, namespace: 'account' });
  const { documentNumberMasked: _masked, ...initial } = traveller;
  return (
    <div className="flex flex-col gap-6">
      <Link href="/account/travellers" className="text-sm text-brand-700 underline">{t('travellers.back')}</Link>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('travellers.editTitle')}</h1>
      <TravellerForm action={updateTravellerAction} locale={locale} initial={initial} countries={countryOptions(locale)} />
      <section aria-labelledby="delete-heading" className="flex max-w-xl flex-col gap-3 rounded-lg border border-red-200 bg-white p-4">
        <h2 id="delete-heading" className="text-lg font-semibold">{t('travellers.delete.heading')}</h2>
        <p className="text-slate-700">{t('travellers.delete.body')}</p>
        <DeleteTraveller action={deleteTravellerAction} locale={locale} id={traveller.id} name={`${traveller.firstName} ${traveller.lastName}`} />
      </section>
    </div>
  );
}
