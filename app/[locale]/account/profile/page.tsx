import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { requireUser } from '@/lib/auth/viewer';
import { getProfile } from '@/lib/account/get-profile';
import { ProfileForm } from '@/components/account/profile-form';
import { updateProfileAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/account/profile'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('profile.title'), robots: { index: false } };
}

export default async function ProfilePage({ params }: PageProps<'/[locale]/account/profile'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireUser({ locale, returnTo: '/account/profile' });
  const [profile, t] = await Promise.all([getProfile(viewer), getTranslations({ locale, namespace: 'account' })]);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('profile.heading')}</h1>
      <ProfileForm action={updateProfileAction} locale={locale} profile={profile} />
      <section aria-labelledby="marketing-heading" className="max-w-xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="marketing-heading" className="mb-2 text-lg font-semibold">{t('profile.marketing.heading')}</h2>
        <p className="text-slate-700">{t('profile.marketing.body')}</p>
      </section>
    </div>
  );
}
