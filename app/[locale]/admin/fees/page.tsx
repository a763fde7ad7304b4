import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { formatMoney } from '@/lib/i18n/format';
import { toMajorString } from '@/lib/money';
import { requireRole } from '@/lib/auth/viewer';
import { listFeeSchedules } from '@/lib/after-sales/admin/fee-schedules';
import { FEE_KINDS } from '@/lib/pricing/fee-schedule-input';
import type { ServiceFeeRule } from '@/lib/rules';
import { StaffForm, type StaffField } from '@/components/support/staff-form';
import { card, h1, h2, link } from '@/components/support/ui';
import { publishFeeScheduleAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/fees'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'backOffice' });
  return { title: t('fees.title'), robots: { index: false } };
}

/** Service fee schedules (Agreement 4.3, 4.4), ADMIN only: new orders use the latest, old orders keep theirs. */
export default async function FeesPage({ params }: PageProps<'/[locale]/admin/fees'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireRole({ locale, returnTo: '/admin/fees' }, 'ADMIN');
  const [schedules, t, format] = await Promise.all([listFeeSchedules(viewer), getTranslations({ locale, namespace: 'backOffice' }), getFormatter({ locale })]);
  const current = schedules.find((s) => s.current) ?? schedules[schedules.length - 1]!;
  const describe = (rule: ServiceFeeRule) =>
    rule.type === 'FIXED'
      ? formatMoney(rule.amount, locale)
      : rule.minimum
        ? t('fees.percentWithMinimum', { percent: rule.percent, minimum: formatMoney(rule.minimum, locale) })
        : t('fees.percent', { percent: rule.percent });
  const fields: StaffField[] = FEE_KINDS.flatMap((kind) => {
    const rule = current.serviceFee[kind];
    const label = t(`itemKinds.${kind}`);
    return [
      {
        name: `${kind}_type`,
        label: t('fees.fields.type', { kind: label }),
        type: 'select' as const,
        defaultValue: rule.type,
        options: [
          { value: 'FIXED', label: t('fees.types.FIXED') },
          { value: 'PERCENT', label: t('fees.types.PERCENT') },
        ],
      },
      { name: `${kind}_amount`, label: t('fees.fields.amount', { kind: label }), type: 'text' as const, inputMode: 'decimal' as const, defaultValue: rule.type === 'FIXED' ? toMajorString(rule.amount) : '' },
      { name: `${kind}_percent`, label: t('fees.fields.percent', { kind: label }), type: 'text' as const, inputMode: 'decimal' as const, defaultValue: rule.type === 'PERCENT' ? String(rule.percent) : '' },
      { name: `${kind}_minimum`, label: t('fees.fields.minimum', { kind: label }), hint: t('fees.fields.optional'), type: 'text' as const, inputMode: 'decimal' as const, defaultValue: rule.type === 'PERCENT' && rule.minimum ? toMajorString(rule.minimum) : '' },
    ];
  });

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <p>
        <Link href="/support" className={link}>{t('request.back')}</Link>
      </p>
      <div>
        <h1 className={h1}>{t('fees.heading')}</h1>
        <p className="mt-2 text-slate-700">{t('fees.intro')}</p>
      </div>
      <section aria-labelledby="fees-list-heading" className={card}>
        <h2 id="fees-list-heading" className={h2}>{t('fees.listHeading')}</h2>
        <ul className="flex flex-col gap-3">
          {schedules.map((s) => (
            <li key={s.version} className="rounded-md border border-slate-200 p-3" data-testid="fee-schedule">
              <p className="font-semibold">
                {s.version} {s.current && <span className="ml-1 text-green-800">· {t('fees.current')}</span>}
              </p>
              <p className="text-sm text-slate-700">
                {FEE_KINDS.map((k) => `${t(`itemKinds.${k}`)}: ${describe(s.serviceFee[k])}`).join(' · ')}
              </p>
              <p className="text-sm text-slate-600">{s.createdAt ? t('fees.publishedAt', { at: format.dateTime(s.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) }) : t('fees.builtIn')}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="fees-form-heading" className={card}>
        <h2 id="fees-form-heading" className={h2}>{t('fees.formHeading')}</h2>
        <p>{t('fees.formIntro')}</p>
        <StaffForm action={publishFeeScheduleAction} hidden={{ locale }} fields={fields} submitLabel={t('fees.submit')} />
      </section>
    </div>
  );
}
