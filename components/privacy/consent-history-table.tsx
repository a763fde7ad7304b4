import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { ConsentView } from '@/lib/privacy/find-consents';

/** Consent decisions, newest first, as a list that reads well at 360 px. */
export async function ConsentHistoryTable({ locale, rows, caption }: { locale: Locale; rows: ConsentView[]; caption: string }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'privacy.consents' }), getFormatter({ locale })]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  if (rows.length === 0) return <p className="text-slate-700">{t('none')}</p>;
  return (
    <ul aria-label={caption} className="flex flex-col divide-y divide-slate-200">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-col gap-0.5 py-2 text-sm">
          <p className="font-medium text-slate-900">
            {t(`purposes.${row.purpose}`)}
            <span className="ml-1 font-normal">{row.granted ? t('given') : t('refused')}</span>
          </p>
          <p className="text-slate-700">
            {t('detail', { date: when(row.givenAt), source: t(`sources.${row.source}`), document: t(`documents.${row.document}`), version: row.policyVersion, language: row.language })}
          </p>
          {row.withdrawnAt && (
            <p className="text-slate-700">
              {t('withdrawn', { date: when(row.withdrawnAt), source: t(`sources.${row.withdrawnSource ?? 'SYSTEM'}`) })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
