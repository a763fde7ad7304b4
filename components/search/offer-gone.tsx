import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';

/** An offer id that no longer names anything bookable (or never did). */
export async function OfferGone({ locale, back }: { locale: Locale; back: string }) {
  const t = await getTranslations({ locale, namespace: 'search.common' });
  return (
    <section className="mx-auto flex max-w-xl flex-col items-start gap-3 py-6">
      <h1 className="text-2xl font-semibold">{t('offerGone')}</h1>
      <p className="text-slate-700">{t('offerGoneHint')}</p>
      <Link href={back} className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
        {t('newSearch')}
      </Link>
    </section>
  );
}
