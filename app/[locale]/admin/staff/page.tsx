import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { requireRole } from '@/lib/auth/viewer';
import { Link } from '@/lib/i18n/link';
import { listStaff } from '@/lib/auth/set-staff-role';
import { GrantRoleForm, RevokeRoleForm } from '@/components/auth/staff-role-forms';
import { grantStaffRoleAction, revokeStaffRoleAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/staff'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin' });
  return { title: t('staff.title'), robots: { index: false } };
}

export default async function StaffPage({ params }: PageProps<'/[locale]/admin/staff'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireRole({ locale, returnTo: '/admin/staff' }, 'ADMIN');
  const [staff, t, tBack] = await Promise.all([listStaff(), getTranslations({ locale, namespace: 'admin' }), getTranslations({ locale, namespace: 'backOffice' })]);

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('staff.heading')}</h1>
        <p className="mt-2 max-w-2xl text-slate-700">{t('staff.intro')}</p>
      </div>
      <nav aria-label={tBack('nav.label')}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li><Link href="/support" className="font-medium text-brand-700 underline hover:text-brand-800">{tBack('queue.heading')}</Link></li>
          <li><Link href="/admin/promo-codes" className="font-medium text-brand-700 underline hover:text-brand-800">{tBack('nav.promoCodes')}</Link></li>
          <li><Link href="/admin/fees" className="font-medium text-brand-700 underline hover:text-brand-800">{tBack('nav.fees')}</Link></li>
        </ul>
      </nav>
      <section aria-labelledby="staff-list-heading" className="flex flex-col gap-3">
        <h2 id="staff-list-heading" className="text-lg font-semibold">{t('staff.listHeading')}</h2>
        {staff.length === 0 ? (
          <p>{t('staff.empty')}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {staff.map((member) => (
              <li key={member.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-3">
                <div>
                  <p className="font-medium break-all">
                    {member.email}
                    {member.id === viewer.id && ` ${t('staff.you')}`}
                  </p>
                  <p className="text-sm text-slate-700">{t(`staff.roles.${member.role}`)}</p>
                </div>
                <RevokeRoleForm action={revokeStaffRoleAction} locale={locale} email={member.email} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="grant-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="grant-heading" className="text-lg font-semibold">{t('staff.grant.heading')}</h2>
        <p className="text-slate-700">{t('staff.grant.hint')}</p>
        <GrantRoleForm action={grantStaffRoleAction} locale={locale} />
      </section>
    </div>
  );
}
