import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewRequestForm } from '@/components/after-sales/new-request-form';
import { card, h1, link } from '@/components/after-sales/ui';
import { requireBookingAccess } from '@/lib/auth/booking-access';
import { listOrderItems } from '@/lib/after-sales/list-order-items';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { createRequestAction } from '../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/booking/[reference]/requests/new'>): Promise<Metadata> {
  const { locale, reference } = await params;
  const t = await getTranslations({ locale, namespace: 'afterSales' });
  return { title: t('newRequest.title', { reference: decodeURIComponent(reference).toUpperCase().slice(0, 32) }), robots: { index: false } };
}

export default async function NewRequestPage({ params }: PageProps<'/[locale]/booking/[reference]/requests/new'>) {
  const { locale, reference } = (await params) as { locale: Locale; reference: string };
  setRequestLocale(locale);
  const access = await requireBookingAccess(reference);
  const t = await getTranslations({ locale, namespace: 'afterSales' });
  const items = await listOrderItems(access.orderId, locale);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <p className="text-sm">
        <Link href={`/booking/${access.reference}`} className={link}>
          {t('cancel.back')}
        </Link>
      </p>
      <h1 className={h1}>{t('newRequest.heading', { reference: access.reference })}</h1>
      <div className={card}>
        <NewRequestForm
          action={createRequestAction}
          reference={access.reference}
          locale={locale}
          items={items.map((i) => ({ id: i.id, label: `${t(`kinds.${i.kind}`)}: ${i.title}` }))}
        />
      </div>
    </div>
  );
}
