import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { peekDataRequestToken } from '@/lib/privacy/verify-data-request';
import { alert, h1, link, primaryButton } from '@/components/privacy/ui';
import { verifyDataRequestAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy/request/verify'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.request' });
  return { title: t('verifyTitle'), robots: { index: false } };
}

/** The emailed link lands here; the button (not the visit) confirms, so mail scanners confirm nothing. */
export default async function VerifyDataRequestPage({ params, searchParams }: PageProps<'/[locale]/privacy/request/verify'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  const token = typeof query.token === 'string' ? query.token : '';
  const [t, format, found] = await Promise.all([getTranslations({ locale, namespace: 'privacy.request' }), getFormatter({ locale }), peekDataRequestToken(token)]);
  const usable = found && !found.expired && !found.used && found.request.status === 'UNVERIFIED';

  return (
    <section aria-labelledby="verify-title" className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 id="verify-title" className={h1}>{t('verifyTitle')}</h1>
      {query.failed === '1' && <p role="alert" className={alert}>{t('verifyFailed')}</p>}
      {usable ? (
        <form action={verifyDataRequestAction} className="flex flex-col gap-4">
          <p className="text-slate-700">
            {t('verifyBody', {
              reference: found.request.reference,
              kind: t(`kinds.${found.request.kind}.label`),
              date: format.dateTime(found.request.dueAt, { dateStyle: 'long', timeZone: 'UTC' }),
            })}
          </p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <div>
            <button type="submit" className={primaryButton}>{t('verifyButton')}</button>
          </div>
        </form>
      ) : (
        <p className="text-slate-700">{found && (found.used || found.request.status !== 'UNVERIFIED') ? t('verifyAlready', { reference: found.request.reference }) : t('verifyInvalid')}</p>
      )}
      <p>
        <Link href="/privacy/request" className={link}>{t('newRequest')}</Link>
      </p>
    </section>
  );
}
