import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { NotFoundError } from '@/lib/auth/errors';
import { requireRole } from '@/lib/auth/viewer';
import { getPromoCode } from '@/lib/after-sales/admin/promo-codes';
import { promoCodeFields } from '@/components/admin/promo-fields';
import { StaffForm } from '@/components/support/staff-form';
import { card, h1, link } from '@/components/support/ui';
import { updatePromoCodeAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/promo-codes/[id]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'backOffice' });
  return { title: t('promo.editTitle'), robots: { index: false } };
}

export default async function EditPromoCodePage({ params }: PageProps<'/[locale]/admin/promo-codes/[id]'>) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const viewer = await requireRole({ locale, returnTo: `/admin/promo-codes/${id}` }, 'ADMIN');
  let promo;
  try {
    promo = await getPromoCode(viewer, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const t = await getTranslations({ locale, namespace: 'backOffice' });
  const tt = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <p>
        <Link href="/admin/promo-codes" className={link}>{t('promo.back')}</Link>
      </p>
      <h1 className={h1}>{t('promo.editHeading', { code: promo.code })}</h1>
      <section aria-label={t('promo.editHeading', { code: promo.code })} className={card}>
        <StaffForm action={updatePromoCodeAction} hidden={{ locale, id: promo.id, code: promo.code }} fields={promoCodeFields(tt, promo)} submitLabel={t('promo.save')} />
      </section>
    </div>
  );
}
