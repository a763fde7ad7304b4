import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { findUnsubscribeHolder } from '@/lib/privacy/find-unsubscribe-holder';
import { marketingStatus } from '@/lib/privacy/marketing';
import { maskEmail } from '@/lib/privacy/mask';
import { h1, link, primaryButton, status as statusClass } from '@/components/privacy/ui';
import { unsubscribeAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy/unsubscribe'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.unsubscribe' });
  return { title: t('title'), robots: { index: false } };
}

/** Where the link in a marketing email leads: one button, no sign-in. */
export default async function UnsubscribePage({ params, searchParams }: PageProps<'/[locale]/privacy/unsubscribe'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  const token = typeof query.token === 'string' ? query.token : '';
  const t = await getTranslations({ locale, namespace: 'privacy.unsubscribe' });
  const user = await findUnsubscribeHolder(token);

  if (!user) {
    return (
      <section aria-labelledby="unsubscribe-title" className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 id="unsubscribe-title" className={h1}>{t('invalidTitle')}</h1>
        <p className="text-slate-700">{t('invalidBody')}</p>
        <p>
          <Link href="/account/marketing" className={link}>{t('manage')}</Link>
        </p>
      </section>
    );
  }

  const { subscribed, needsReconsent } = await marketingStatus(user.id);
  const active = subscribed || needsReconsent;
  return (
    <section aria-labelledby="unsubscribe-title" className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 id="unsubscribe-title" className={h1}>{t('title')}</h1>
      {query.done === '1' && <p role="status" className={statusClass}>{t('done')}</p>}
      {active ? (
        <form action={unsubscribeAction} className="flex flex-col gap-4">
          <p className="text-slate-700">{t('body', { email: maskEmail(user.email) })}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <div>
            <button type="submit" className={primaryButton}>{t('button')}</button>
          </div>
        </form>
      ) : (
        query.done !== '1' && <p className="text-slate-700">{t('already', { email: maskEmail(user.email) })}</p>
      )}
      <p className="text-sm text-slate-600">{t('transactional')}</p>
      <p>
        <Link href="/account/marketing" className={link}>{t('manage')}</Link>
      </p>
    </section>
  );
}
