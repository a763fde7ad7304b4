import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';

export default async function NotFound() {
  const t = await getTranslations('common');
  return (
    <section className="mx-auto flex max-w-xl flex-col items-start gap-4 py-10">
      <h1 className="text-2xl font-semibold">{t('notFound.title')}</h1>
      <p className="text-slate-700">{t('notFound.body')}</p>
      <Link href="/" className="rounded-lg bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
        {t('notFound.home')}
      </Link>
    </section>
  );
}
