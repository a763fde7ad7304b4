import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { getViewer } from '@/lib/auth/viewer';
import { findPolicyNotice } from '@/lib/privacy/policy-notice';
import { acknowledgePolicyAction } from './policy-notice-action';
import { link, primaryButton, secondaryButton } from './ui';

/**
 * Shown to a signed-in user whose last seen privacy policy is older than the current one (Privacy
 * Policy 15): what changed, and a new question for every purpose that rests on consent. Renders
 * nothing for everyone else. For account pages (dynamic already): it reads the session.
 */
export async function PolicyUpdateNotice({ locale, returnTo }: { locale: Locale; returnTo: string }) {
  const viewer = await getViewer();
  if (!viewer) return null;
  const notice = await findPolicyNotice(viewer.id, locale);
  if (!notice) return null;
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'privacy.policyNotice' }), getFormatter({ locale })]);
  const effective = format.dateTime(new Date(`${notice.effective}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  const asksMarketing = notice.reconsent.includes('MARKETING_EMAIL');

  return (
    <section aria-labelledby="policy-notice-title" className="flex flex-col gap-3 rounded-lg border-2 border-brand-600 bg-brand-50 p-4" data-testid="policy-notice">
      <h2 id="policy-notice-title" className="text-lg font-semibold text-brand-800">{t('title')}</h2>
      <p>{t('intro', { date: effective })}</p>
      {notice.summary && <p className="font-medium">{notice.summary}</p>}
      {notice.changes.length > 0 && (
        <div>
          <p className="text-sm font-semibold">{t('changes')}</p>
          <ul className="list-disc pl-6 text-sm" lang={locale === 'en' ? undefined : 'en'}>
            {notice.changes.map((c) => (
              <li key={c.version}>
                <span className="font-medium">{c.version}</span>
                <span className="ml-1">{c.text}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <Link href="/legal/privacy" className={link}>{t('read')}</Link>
      </p>
      <form action={acknowledgePolicyAction} className="flex flex-col gap-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="returnTo" value={returnTo} />
        {asksMarketing ? (
          <>
            <p>{t('marketingQuestion')}</p>
            <div className="flex flex-wrap gap-2">
              <button type="submit" name="MARKETING_EMAIL" value="keep" className={primaryButton}>{t('marketingKeep')}</button>
              <button type="submit" name="MARKETING_EMAIL" value="stop" className={primaryButton}>{t('marketingStop')}</button>
            </div>
          </>
        ) : (
          <div>
            <button type="submit" className={secondaryButton}>{t('ok')}</button>
          </div>
        )}
      </form>
    </section>
  );
}
