import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';

export async function generateMetadata({ params }: PageProps<'/[locale]/signin/error'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth' });
  return { title: t('error.title'), robots: { index: false } };
}

const known = new Set(['Verification', 'AccessDenied']);

export default async function SignInErrorPage({ params, searchParams }: PageProps<'/[locale]/signin/error'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { error } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'auth' });
  const key = typeof error === 'string' && known.has(error) ? (`error.${error}` as const) : 'error.generic';
  return (
    <section aria-labelledby="signin-error-heading" className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 id="signin-error-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
        {t('error.heading')}
      </h1>
      <p role="alert" className="text-slate-800">
        {t(key)}
      </p>
      <div>
        <Link href="/signin" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t('error.again')}
        </Link>
      </div>
    </section>
  );
}
