import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { requireUser } from '@/lib/auth/viewer';
import { getAccountOverview } from '@/lib/account/get-account-overview';
import { SignOutEverywhereForm } from '@/components/account/sign-out-everywhere-form';
import { PolicyUpdateNotice } from '@/components/privacy/policy-update-notice';
import { signOutEverywhereAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/account'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('overview.title'), robots: { index: false } };
}

export default async function AccountPage({ params }: PageProps<'/[locale]/account'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireUser({ locale, returnTo: '/account' });
  const [overview, t] = await Promise.all([getAccountOverview(viewer), getTranslations({ locale, namespace: 'account' })]);
  const card = 'flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4';
  const link = 'font-medium text-brand-700 underline hover:text-brand-800';

  return (
    <div className="flex flex-col gap-6">
      <PolicyUpdateNotice locale={locale} returnTo="/account" />
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('overview.heading')}</h1>
        <p className="mt-1 text-slate-700">{t('overview.signedInAs', { email: overview.email })}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-3">
        <li className={card}>
          <p>{t('overview.bookings', { count: overview.bookings })}</p>
          <p className="text-sm text-slate-600">{t('overview.upcoming', { count: overview.upcomingBookings })}</p>
          <Link href="/account/bookings" className={link}>{t('overview.open.bookings')}</Link>
        </li>
        <li className={card}>
          <p>{t('overview.travellers', { count: overview.travellers })}</p>
          <Link href="/account/travellers" className={link}>{t('overview.open.travellers')}</Link>
        </li>
        <li className={card}>
          <p>{overview.name ?? overview.email}</p>
          <Link href="/account/profile" className={link}>{t('overview.open.profile')}</Link>
        </li>
      </ul>

      {viewer.role !== 'TRAVELLER' && (
        <section aria-labelledby="staff-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="staff-heading" className="mb-2 text-lg font-semibold">{t('overview.staff.heading')}</h2>
          <ul className="flex flex-wrap gap-4">
            <li><Link href="/support" className={link}>{t('overview.staff.support')}</Link></li>
            {viewer.role === 'ADMIN' && <li><Link href="/admin/staff" className={link}>{t('overview.staff.admin')}</Link></li>}
          </ul>
        </section>
      )}

      <section aria-labelledby="devices-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="devices-heading" className="text-lg font-semibold">{t('overview.devices.heading')}</h2>
        <p className="text-slate-700">{t('overview.devices.sessions', { count: overview.sessions })}</p>
        <p className="text-slate-700">{t('overview.devices.body')}</p>
        <SignOutEverywhereForm action={signOutEverywhereAction} locale={locale} />
      </section>
    </div>
  );
}
