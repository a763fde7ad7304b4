import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/redirect';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { localeAlternates } from '@/lib/i18n/alternates';
import { getViewer } from '@/lib/auth/viewer';
import { safeCallbackPath } from '@/lib/auth/request-sign-in-link';
import { SignInForm } from '@/components/auth/sign-in-form';
import { requestSignInLinkAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/signin'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth' });
  return { title: t('signIn.title'), alternates: localeAlternates(locale as Locale, '/signin'), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/signin'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  const callbackUrl = typeof query.callbackUrl === 'string' ? safeCallbackPath(query.callbackUrl, locale) : undefined;
  if (await getViewer()) redirect({ href: callbackUrl?.replace(/^\/[a-z]{2}(?=\/|$)/, '') || '/account', locale });
  const t = await getTranslations({ locale, namespace: 'auth' });

  return (
    <section aria-labelledby="signin-heading" className="mx-auto flex max-w-xl flex-col gap-5">
      <h1 id="signin-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
        {t('signIn.heading')}
      </h1>
      <p className="text-slate-700">{t('signIn.intro')}</p>
      <SignInForm action={requestSignInLinkAction} locale={locale} callbackUrl={callbackUrl} />
      <p className="text-sm text-slate-600">
        <Link href="/legal/privacy" className="underline hover:text-brand-700">
          {t('signIn.privacy')}
        </Link>
      </p>
    </section>
  );
}
