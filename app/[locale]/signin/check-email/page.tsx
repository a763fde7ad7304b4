import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { isMailboxEnabled } from '@/lib/mail/mail-mode';

export async function generateMetadata({ params }: PageProps<'/[locale]/signin/check-email'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth' });
  return { title: t('checkEmail.title'), robots: { index: false } };
}

/** The same page for every address, known or not, over its limit or not (no account enumeration). */
export default async function CheckEmailPage({ params }: PageProps<'/[locale]/signin/check-email'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'auth' });
  return (
    <section aria-labelledby="check-heading" className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 id="check-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
        {t('checkEmail.heading')}
      </h1>
      <p role="status" className="text-lg text-slate-800">
        {t('checkEmail.body')}
      </p>
      <p className="text-slate-700">{t('checkEmail.expires')}</p>
      <p className="text-slate-700">{t('checkEmail.spam')}</p>
      <div className="flex flex-wrap gap-3">
        <Link href="/signin" className="rounded-lg border border-slate-400 px-4 py-2 font-medium text-slate-800 hover:bg-slate-50">
          {t('checkEmail.again')}
        </Link>
        {isMailboxEnabled() && (
          <Link href="/dev/mailbox" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t('checkEmail.outbox')}
          </Link>
        )}
      </div>
    </section>
  );
}
