import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { localeAlternates } from '@/lib/i18n/alternates';
import { CONSENT_MAX_AGE_SECONDS, cookieCategories } from '@/lib/consent/cookie-consent';
import { getCookieConsentStatus } from '@/lib/auth/cookie-consent-server';
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';
import { registeredCookies } from '@/lib/privacy/cookie-registry';
import { choiceButton } from '@/components/cookies/styles';
import { Input } from '@/components/forms/field';

export async function generateMetadata({ params }: PageProps<'/[locale]/cookies/settings'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'cookies.settings' });
  return { title: t('metaTitle'), alternates: localeAlternates(locale as Locale, '/cookies/settings'), robots: { index: false } };
}

/**
 * Cookie settings: the four categories with the cookies in each, the current choice and its expiry.
 * A plain form to /api/consent, so it works without JavaScript.
 */
export default async function CookieSettingsPage({ params, searchParams }: PageProps<'/[locale]/cookies/settings'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  const [t, format, status] = await Promise.all([
    getTranslations({ locale, namespace: 'cookies' }),
    getFormatter({ locale }),
    getCookieConsentStatus(),
  ]);
  const current = status.state === 'decided' ? status.consent.categories : null;
  const date = (iso: string, plusSeconds = 0) =>
    format.dateTime(new Date(Date.parse(iso) + plusSeconds * 1000), { dateStyle: 'long', timeZone: 'UTC' });

  return (
    <section aria-labelledby="cookie-settings-title" className="mx-auto flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 id="cookie-settings-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
          {t('settings.title')}
        </h1>
        <p className="text-slate-700">{t('settings.intro')}</p>
        <p className="text-sm text-slate-600">
          <Link href="/legal/cookies" className="text-brand-700 underline">
            {t('settings.policyLink')}
          </Link>
          <span className="ml-2">{t('settings.policyVersion', { version: COOKIE_POLICY_VERSION })}</span>
        </p>
      </div>

      {query.saved === '1' && status.state === 'decided' && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          {t('settings.saved')}
        </p>
      )}
      <p className="rounded-md border border-slate-200 bg-white px-3 py-2 text-slate-800" data-testid="cookie-choice-state">
        {status.state === 'decided'
          ? t('settings.current', { date: date(status.consent.decidedAt), expires: date(status.consent.decidedAt, CONSENT_MAX_AGE_SECONDS) })
          : t(`settings.${status.state}`)}
      </p>

      <form method="post" action="/api/consent" className="flex flex-col gap-5">
        <input type="hidden" name="source" value="COOKIE_SETTINGS" />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="returnTo" value={`/${locale}/cookies/settings?saved=1`} />
        {cookieCategories.map((category) => {
          const cookies = registeredCookies.filter((c) => c.category === category && !c.name.startsWith('__'));
          const inputId = `cookie-category-${category}`;
          return (
            <fieldset key={category} className="rounded-lg border border-slate-300 bg-white p-4">
              <legend className="px-1 text-lg font-semibold text-slate-900">{t(`categories.${category}.name`)}</legend>
              <p id={`${inputId}-description`} className="text-slate-700">
                {t(`categories.${category}.description`)}
              </p>
              <div className="mt-3">
                {category === 'necessary' ? (
                  <p className="font-medium text-brand-800">{t('settings.alwaysOn')}</p>
                ) : (
                  <div className="flex items-center gap-3">
                    <Input id={inputId} type="checkbox" name={category} defaultChecked={current?.[category] ?? false} aria-describedby={`${inputId}-description`} />
                    <label htmlFor={inputId} className="font-medium text-slate-900">
                      {t('settings.allow', { category: t(`categories.${category}.name`) })}
                    </label>
                  </div>
                )}
              </div>
              <p className="mt-4 text-sm font-semibold text-slate-800">{t('settings.cookiesInCategory')}</p>
              {cookies.length === 0 ? (
                <p className="text-sm text-slate-600">{t('settings.noCookies')}</p>
              ) : (
                <ul className="mt-1 flex flex-col gap-1 text-sm text-slate-700">
                  {cookies.map((cookie) => (
                    <li key={cookie.name} className="break-words">
                      <code className="rounded bg-sand-100 px-1">{cookie.name}</code>
                      <span className="ml-1">{t(`purposes.${cookie.purposeKey}`)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </fieldset>
          );
        })}
        <div className="flex flex-wrap gap-2">
          <button type="submit" name="choice" value="custom" className={choiceButton}>
            {t('settings.save')}
          </button>
          <button type="submit" name="choice" value="all" className={choiceButton}>
            {t('settings.acceptAll')}
          </button>
          <button type="submit" name="choice" value="none" className={choiceButton}>
            {t('settings.rejectAll')}
          </button>
        </div>
      </form>
    </section>
  );
}
