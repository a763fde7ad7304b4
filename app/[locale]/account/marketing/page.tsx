import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { requireUser } from '@/lib/auth/viewer';
import { marketingStatus } from '@/lib/privacy/marketing';
import { ConsentHistoryTable } from '@/components/privacy/consent-history-table';
import { PolicyUpdateNotice } from '@/components/privacy/policy-update-notice';
import { card, h1, h2, link, notice, primaryButton, secondaryButton, status as statusClass } from '@/components/privacy/ui';
import { setMarketingAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/account/marketing'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.marketing' });
  return { title: t('title'), robots: { index: false } };
}

/** Marketing preferences: opt in or out with one click, and every decision so far. */
export default async function MarketingPage({ params, searchParams }: PageProps<'/[locale]/account/marketing'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireUser({ locale, returnTo: '/account/marketing' });
  const query = await searchParams;
  const [state, t, format] = await Promise.all([
    marketingStatus(viewer.id),
    getTranslations({ locale, namespace: 'privacy.marketing' }),
    getFormatter({ locale }),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeZone: 'UTC' });

  return (
    <div className="flex flex-col gap-6">
      <PolicyUpdateNotice locale={locale} returnTo="/account/marketing" />
      <div>
        <h1 className={h1}>{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
      </div>
      {query.saved === 'subscribed' && <p role="status" className={statusClass}>{t('savedSubscribed')}</p>}
      {query.saved === 'unsubscribed' && <p role="status" className={statusClass}>{t('savedUnsubscribed')}</p>}

      <section aria-labelledby="marketing-state" className={card}>
        <h2 id="marketing-state" className={h2}>{t('stateHeading')}</h2>
        {state.subscribed && <p data-testid="marketing-state">{t('subscribed', { date: date(state.since!), version: state.policyVersion! })}</p>}
        {state.needsReconsent && <p data-testid="marketing-state" className={notice}>{t('needsReconsent', { version: state.policyVersion! })}</p>}
        {!state.subscribed && !state.needsReconsent && <p data-testid="marketing-state">{t('notSubscribed')}</p>}
        <form action={setMarketingAction} className="flex flex-wrap gap-2">
          <input type="hidden" name="locale" value={locale} />
          {state.subscribed ? (
            <button type="submit" name="subscribe" value="0" className={primaryButton}>{t('unsubscribe')}</button>
          ) : (
            <>
              <button type="submit" name="subscribe" value="1" className={primaryButton}>{state.needsReconsent ? t('keep') : t('subscribe')}</button>
              {state.needsReconsent && (
                <button type="submit" name="subscribe" value="0" className={secondaryButton}>{t('unsubscribe')}</button>
              )}
            </>
          )}
        </form>
        <p className="text-sm text-slate-600">{t('what')}</p>
        <p className="text-sm text-slate-600">{t('transactional')}</p>
      </section>

      <section aria-labelledby="marketing-history" className={card}>
        <h2 id="marketing-history" className={h2}>{t('historyHeading')}</h2>
        <ConsentHistoryTable locale={locale} rows={state.history} caption={t('historyCaption')} />
      </section>
      <p>
        <Link href="/account/privacy" className={link}>{t('myData')}</Link>
      </p>
    </div>
  );
}
