import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { requireRole } from '@/lib/auth/viewer';
import { Link } from '@/lib/i18n/navigation';

export async function generateMetadata({ params }: PageProps<'/[locale]/support'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin' });
  return { title: t('support.title'), robots: { index: false } };
}

/** Placeholder for the back office (issue 9); already closed to everyone but SUPPORT and ADMIN. */
export default async function SupportPage({ params }: PageProps<'/[locale]/support'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireRole({ locale, returnTo: '/support' }, 'SUPPORT', 'ADMIN');
  const [t, tPrivacy] = await Promise.all([
    getTranslations({ locale, namespace: 'admin' }),
    getTranslations({ locale, namespace: 'privacy' }),
  ]);
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('support.heading')}</h1>
      <p className="text-slate-700">{t('support.body', { role: t(`staff.roles.${viewer.role}`) })}</p>
      <ul className="list-disc pl-6">
        <li>
          <Link href="/support/data-requests" className="font-medium text-brand-700 underline hover:text-brand-800">
            {tPrivacy('staff.title')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
