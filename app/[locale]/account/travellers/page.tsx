import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { requireUser } from '@/lib/auth/viewer';
import { listSavedTravellers } from '@/lib/account/list-saved-travellers';

export async function generateMetadata({ params }: PageProps<'/[locale]/account/travellers'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('travellers.title'), robots: { index: false } };
}

const notices = { added: 'travellers.added', updated: 'travellers.updated', deleted: 'travellers.deleted' } as const;

export default async function TravellersPage({ params, searchParams }: PageProps<'/[locale]/account/travellers'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireUser({ locale, returnTo: '/account/travellers' });
  const [travellers, t, format, { done }] = await Promise.all([
    listSavedTravellers(viewer),
    getTranslations({ locale, namespace: 'account' }),
    getFormatter({ locale }),
    searchParams,
  ]);
  const notice = typeof done === 'string' && done in notices ? notices[done as keyof typeof notices] : null;
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('travellers.heading')}</h1>
      {notice && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          {t(notice)}
        </p>
      )}
      <p className="max-w-2xl text-slate-700">{t('travellers.intro')}</p>
      <div>
        <Link href="/account/travellers/new" className="inline-flex rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t('travellers.add')}
        </Link>
      </div>
      {travellers.length === 0 ? (
        <p className="text-slate-700">{t('travellers.empty')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {travellers.map((traveller) => {
            const name = `${traveller.firstName} ${traveller.lastName}`;
            return (
              <li key={traveller.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4">
                <div>
                  <p className="font-semibold">{name}</p>
                  <p className="text-sm text-slate-700">{t('travellers.born', { date: day(traveller.dateOfBirth) })}</p>
                  <p className="text-sm text-slate-700">
                    {t('travellers.document', { number: traveller.documentNumberMasked, expiry: day(traveller.documentExpiry) })}
                  </p>
                </div>
                <Link
                  href={`/account/travellers/${traveller.id}`}
                  aria-label={t('travellers.editLabel', { name })}
                  className="rounded-lg border border-slate-400 px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50"
                >
                  {t('travellers.edit')}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
