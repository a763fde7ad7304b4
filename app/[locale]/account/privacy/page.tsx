import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { formatMoney } from '@/lib/i18n/format';
import { requireUser } from '@/lib/auth/viewer';
import { CURRENT_FEE_SCHEDULE } from '@/lib/rules';
import { accessLogOf } from '@/lib/privacy/access-log';
import { collectPersonalData } from '@/lib/privacy/collect-personal-data';
import { consentHistory, currentConsents } from '@/lib/privacy/find-consents';
import { buildMyDataView, type ViewValue } from '@/lib/privacy/my-data-view';
import { dataGroups, registryEntry } from '@/lib/privacy/personal-data-registry';
import { recipientsOf } from '@/lib/privacy/recipients';
import { ACCOUNT_RESTORE_DAYS, retentionYears, tripRetentionDays } from '@/lib/privacy/retention-config';
import { listOwnDataRequests } from '@/lib/privacy/staff-data-requests';
import { ConsentHistoryTable } from '@/components/privacy/consent-history-table';
import { PolicyUpdateNotice } from '@/components/privacy/policy-update-notice';
import { card, h1, h2, link, primaryButton, secondaryButton } from '@/components/privacy/ui';

export async function generateMetadata({ params }: PageProps<'/[locale]/account/privacy'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.myData' });
  return { title: t('title'), robots: { index: false } };
}

/** Where each group of data can be corrected. */
const correctionLinks: Partial<Record<keyof typeof dataGroups, string>> = {
  account: '/account/profile',
  travellers: '/account/travellers',
};

/**
 * My data (Privacy Policy 9, 10): everything held about the account, its co-travellers and orders,
 * with purposes, legal bases, retention and recipients, who looked at it, the consents, the
 * download, corrections and deletion. The same collection as the JSON export.
 */
export default async function MyDataPage({ params }: PageProps<'/[locale]/account/privacy'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireUser({ locale, returnTo: '/account/privacy' });
  const [collected, t, format] = await Promise.all([collectPersonalData(viewer.id), getTranslations({ locale, namespace: 'privacy' }), getFormatter({ locale })]);
  if (!collected) return null;
  const [sections, consents, history, requests] = await Promise.all([
    Promise.resolve(buildMyDataView(collected)),
    currentConsents({ userId: viewer.id }),
    consentHistory({ userId: viewer.id }),
    listOwnDataRequests(viewer.id, viewer.email),
  ]);
  const recipients = recipientsOf(collected.rows);
  const accessLog = accessLogOf(collected.rows.get('AuditEvent') ?? [], viewer.id);
  const days = tripRetentionDays();
  const years = retentionYears(days);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeZone: 'UTC' });
  const show = (v: ViewValue) => {
    switch (v.type) {
      case 'date':
        return when(v.date);
      case 'day':
        return day(v.date);
      case 'list':
        return v.items.join(', ');
      default:
        return v.text;
    }
  };
  const retentionText = (key: string) =>
    key === 'trip' ? (years ? t('retention.tripYears', { years }) : t('retention.tripDays', { days })) : t(`retention.${key}`, { days: ACCOUNT_RESTORE_DAYS });
  const fieldLabel = (model: string, field: string) => {
    const spec = registryEntry(model)?.fields[field];
    return spec?.personal ? t(`fields.${spec.kind}`) : t(`fields.other.${field === 'reference' ? 'reference' : 'amount'}`);
  };
  const hasFlights = (collected.rows.get('OrderPassenger') ?? []).some((p) => p.role === 'FLIGHT_PASSENGER');

  return (
    <div className="flex flex-col gap-6">
      <PolicyUpdateNotice locale={locale} returnTo="/account/privacy" />
      <div className="flex flex-col gap-2">
        <h1 className={h1}>{t('myData.title')}</h1>
        <p className="text-slate-700">{t('myData.intro')}</p>
        <div className="mt-2 flex flex-wrap gap-2">
          {/* A GET form to the API route: the browser saves the JSON file (Content-Disposition). */}
          <form method="get" action="/api/account/export">
            <button type="submit" className={primaryButton} data-testid="download-export">
              {t('myData.download')}
            </button>
          </form>
          <Link href="/account/privacy/delete" className={secondaryButton}>{t('myData.deleteLink')}</Link>
        </div>
        <p className="text-sm text-slate-600">
          {t('myData.downloadHint')}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON document from an API route, not a page */}
          <a href="/api/account/export?schema=1" className={`ml-1 ${link}`}>{t('myData.schemaLink')}</a>
        </p>
      </div>

      <nav aria-labelledby="my-data-contents" className={card}>
        <h2 id="my-data-contents" className={h2}>{t('myData.contents')}</h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {sections.map((s) => (
            <li key={s.group}><a href={`#group-${s.group}`} className={link}>{t(`groups.${s.group}.title`)}</a></li>
          ))}
          <li><a href="#recipients" className={link}>{t('myData.recipientsTitle')}</a></li>
          <li><a href="#access-log" className={link}>{t('myData.accessTitle')}</a></li>
          <li><a href="#consents" className={link}>{t('myData.consentsTitle')}</a></li>
          <li><a href="#requests" className={link}>{t('myData.requestsTitle')}</a></li>
        </ul>
      </nav>

      {sections.map((section) => {
        const group = dataGroups[section.group];
        const correct = correctionLinks[section.group];
        return (
          <section key={section.group} id={`group-${section.group}`} aria-labelledby={`group-${section.group}-title`} className={card} data-testid={`group-${section.group}`}>
            <h2 id={`group-${section.group}-title`} className={h2}>{t(`groups.${section.group}.title`)}</h2>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[11rem_1fr]">
              <dt className="font-semibold text-slate-700">{t('myData.purposes')}</dt>
              <dd>{group.purposes.map((p) => t(`purposes.${p}`)).join('; ')}</dd>
              <dt className="font-semibold text-slate-700">{t('myData.legalBases')}</dt>
              <dd>{group.bases.map((b) => t(`bases.${b}`)).join('; ')}</dd>
              <dt className="font-semibold text-slate-700">{t('myData.retention')}</dt>
              <dd>{retentionText(group.retention)}</dd>
              <dt className="font-semibold text-slate-700">{t('myData.recipients')}</dt>
              <dd>{group.recipients.length ? group.recipients.map((r) => t(`recipientKinds.${r}`)).join('; ') : t('myData.noRecipients')}</dd>
            </dl>
            <ul className="flex flex-col gap-3">
              {section.records.map((record) => (
                <li key={`${record.model}-${record.id}`} className="rounded-md border border-slate-200 p-3">
                  <p className="font-medium text-slate-900">
                    {t(`models.${record.model}`)}
                    {record.title && <span className="ml-1 font-normal break-all">{record.title}</span>}
                  </p>
                  <dl className="mt-1 grid gap-x-4 text-sm sm:grid-cols-[11rem_1fr]">
                    {record.fields.map((f) => (
                      <div key={f.field} className="contents">
                        <dt className="text-slate-600">{t(`fields.${f.kind}`)}</dt>
                        <dd className="break-words">
                          {show(f.value)}
                          {f.value.type === 'masked' && <span className="ml-1 text-slate-600">{t('myData.maskedHint')}</span>}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ul>
            {section.hiddenCounts.length > 0 && (
              <p className="text-sm text-slate-600">
                {section.hiddenCounts.map((h) => t('myData.moreInDownload', { count: h.count, what: t(`models.${h.model}`) })).join(' ')}
              </p>
            )}
            <p className="text-sm">
              {correct ? (
                <Link href={correct} className={link}>{t('myData.correctHere')}</Link>
              ) : (
                <Link href={{ pathname: '/privacy/request', query: { kind: 'correction' } }} className={link}>{t('myData.correctByRequest')}</Link>
              )}
            </p>
            {section.group === 'passengers' && hasFlights && (
              <p className="text-sm text-slate-700">{t('myData.flightCorrection', { fee: formatMoney(CURRENT_FEE_SCHEDULE.passengerDataChangeFee, locale) })}</p>
            )}
          </section>
        );
      })}
      <p className="text-sm text-slate-600">{t('myData.identifiersNote')}</p>

      <section id="recipients" aria-labelledby="recipients-title" className={card}>
        <h2 id="recipients-title" className={h2}>{t('myData.recipientsTitle')}</h2>
        <p className="text-sm text-slate-700">{t('myData.recipientsIntro')}</p>
        {recipients.length === 0 ? (
          <p>{t('myData.noneYet')}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200" data-testid="recipients">
            {recipients.map((r, i) => (
              <li key={`${r.orderId}-${r.recipient}-${i}`} className="py-2 text-sm">
                <p className="font-medium">
                  {t('myData.recipientLine', { recipient: r.recipient, kind: t(`recipientTypes.${r.recipientKind}`), order: r.orderReference ?? '—' })}
                </p>
                <p className="text-slate-700">{r.fields.map((f) => { const [m, c] = f.split('.'); return fieldLabel(m!, c!); }).join(', ')}</p>
                <p className="text-slate-600">
                  {r.at ? when(r.at) : ''}
                  {!r.recorded && <span className="ml-1">{t('myData.recipientDerived')}</span>}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section id="access-log" aria-labelledby="access-title" className={card}>
        <h2 id="access-title" className={h2}>{t('myData.accessTitle')}</h2>
        <p className="text-sm text-slate-700">{t('myData.accessIntro')}</p>
        {accessLog.length === 0 ? (
          <p data-testid="access-log-empty">{t('myData.noAccess')}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200" data-testid="access-log">
            {accessLog.map((e, i) => (
              <li key={`${e.at.toISOString()}-${i}`} className="py-2 text-sm">
                <p className="font-medium">{t('myData.accessLine', { date: when(e.at), role: t(`roles.${e.role}`), staff: e.staff })}</p>
                <p className="text-slate-700">
                  {t.has(`accessActions.${e.action.replace(/\./g, '_')}`) ? t(`accessActions.${e.action.replace(/\./g, '_')}`) : t('accessActions.other', { action: e.action })}
                  {e.field && <span className="ml-1">{t('myData.accessField', { field: t.has(`fields.${e.field}`) ? t(`fields.${e.field}`) : e.field })}</span>}
                </p>
                {e.reason && <p className="text-slate-700">{t('myData.accessReason', { reason: e.reason })}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section id="consents" aria-labelledby="consents-title" className={card}>
        <h2 id="consents-title" className={h2}>{t('myData.consentsTitle')}</h2>
        <ul className="flex flex-col gap-1 text-sm">
          {(['MARKETING_EMAIL', 'COOKIES_PREFERENCES', 'COOKIES_ANALYTICS', 'COOKIES_MARKETING'] as const).map((purpose) => {
            const c = consents.get(purpose);
            return (
              <li key={purpose}>
                <span className="font-medium">{t(`consents.purposes.${purpose}`)}</span>
                <span className="ml-1">{c?.active ? (c.outdated ? t('myData.consentOutdated') : t('myData.consentActive')) : t('myData.consentInactive')}</span>
              </li>
            );
          })}
        </ul>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <Link href="/account/marketing" className={link}>{t('myData.manageMarketing')}</Link>
          <Link href="/cookies/settings" className={link}>{t('myData.manageCookies')}</Link>
        </p>
        <h3 className="font-semibold">{t('myData.consentHistory')}</h3>
        <ConsentHistoryTable locale={locale} rows={history} caption={t('myData.consentHistory')} />
      </section>

      <section id="requests" aria-labelledby="requests-title" className={card}>
        <h2 id="requests-title" className={h2}>{t('myData.requestsTitle')}</h2>
        {requests.length === 0 ? (
          <p>{t('myData.noRequests')}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200 text-sm">
            {requests.map((r) => (
              <li key={r.id} className="py-2">
                <p className="font-medium">{t('myData.requestLine', { reference: r.reference, kind: t(`request.kinds.${r.kind}.label`), status: t(`statuses.${r.status}`) })}</p>
                <p className="text-slate-700">{r.closedAt ? t('myData.requestClosed', { date: day(r.closedAt) }) : t('myData.requestDue', { date: day(r.dueAt) })}</p>
                {r.resolution && <p className="text-slate-700">{r.resolution}</p>}
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm">
          <Link href="/privacy/request" className={link}>{t('myData.newRequest')}</Link>
        </p>
      </section>

      <section aria-labelledby="delete-title" className={card}>
        <h2 id="delete-title" className={h2}>{t('myData.deleteTitle')}</h2>
        <p className="text-slate-700">{t('myData.deleteIntro', { days: ACCOUNT_RESTORE_DAYS })}</p>
        <p>
          <Link href="/account/privacy/delete" className={link}>{t('myData.deleteLink')}</Link>
        </p>
      </section>
    </div>
  );
}
