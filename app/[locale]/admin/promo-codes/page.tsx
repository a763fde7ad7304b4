import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { requireRole } from '@/lib/auth/viewer';
import { listPromoCodes } from '@/lib/after-sales/admin/promo-codes';
import { promoCodeFields } from '@/components/admin/promo-fields';
import { StaffForm } from '@/components/support/staff-form';
import { card, h1, h2, link, status as statusClass } from '@/components/support/ui';
import { createPromoCodeAction, setPromoCodeActiveAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/promo-codes'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'backOffice' });
  return { title: t('promo.title'), robots: { index: false } };
}

/** Promo codes (Agreement 7), ADMIN only: checked here and in lib/after-sales/admin. */
export default async function PromoCodesPage({ params, searchParams }: PageProps<'/[locale]/admin/promo-codes'>) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireRole({ locale, returnTo: '/admin/promo-codes' }, 'ADMIN');
  const [codes, t] = await Promise.all([listPromoCodes(viewer), getTranslations({ locale, namespace: 'backOffice' })]);
  const query = await searchParams;
  const tt = t as unknown as (key: string, values?: Record<string, string | number>) => string;

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <p>
        <Link href="/support" className={link}>{t('request.back')}</Link>
      </p>
      <div>
        <h1 className={h1}>{t('promo.heading')}</h1>
        <p className="mt-2 text-slate-700">{t('promo.intro')}</p>
      </div>
      {query.done === 'updated' && <p role="status" className={statusClass}>{t('promo.updated')}</p>}
      <section aria-labelledby="promo-list-heading" className={card}>
        <h2 id="promo-list-heading" className={h2}>{t('promo.listHeading')}</h2>
        {codes.length === 0 ? (
          <p>{t('promo.none')}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {codes.map((c) => (
              <li key={c.id} className="flex flex-wrap items-end justify-between gap-3 rounded-md border border-slate-200 p-3" data-testid="promo-code">
                <div>
                  <p className="font-semibold">
                    <Link href={`/admin/promo-codes/${c.id}`} className={link}>{c.code}</Link> · {c.active ? t('promo.active') : t('promo.inactive')}
                  </p>
                  <p className="text-sm text-slate-700">
                    {c.discountType === 'PERCENT' ? t('promo.summaryPercent', { percent: c.percent ?? '' }) : t('promo.summaryFixed', { amount: c.amount ?? '', currency: c.limitCurrency })} ·{' '}
                    {c.kinds.map((k) => t(`itemKinds.${k}`)).join(', ')} · {t('promo.summaryDates', { from: c.validFrom, until: c.validUntil })} ·{' '}
                    {t('promo.summaryUses', { used: c.timesUsed, max: c.maxUses ?? '∞' })}
                  </p>
                </div>
                <StaffForm
                  action={setPromoCodeActiveAction}
                  hidden={{ locale, id: c.id, active: c.active ? 'false' : 'true' }}
                  fields={[]}
                  submitLabel={c.active ? t('promo.deactivate', { code: c.code }) : t('promo.activate', { code: c.code })}
                  variant="secondary"
                  inline
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="promo-create-heading" className={card}>
        <h2 id="promo-create-heading" className={h2}>{t('promo.createHeading')}</h2>
        <StaffForm action={createPromoCodeAction} hidden={{ locale }} fields={promoCodeFields(tt)} submitLabel={t('promo.create')} />
      </section>
    </div>
  );
}
