import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CancelConfirmForm } from '@/components/after-sales/cancel-confirm-form';
import { CancellationQuoteView } from '@/components/after-sales/cancellation-quote-view';
import { card, h1, link, notice, secondaryButton } from '@/components/after-sales/ui';
import { isAfterSalesError } from '@/lib/after-sales/errors';
import { quoteOrderCancellation, type OrderCancellationQuote } from '@/lib/after-sales/quote-order-cancellation';
import { requireBookingAccess } from '@/lib/auth/booking-access';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { confirmCancellationAction } from './actions';
import { Input } from '@/components/forms/field';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/booking/[reference]/cancel'>): Promise<Metadata> {
  const { locale, reference } = await params;
  const t = await getTranslations({ locale, namespace: 'afterSales' });
  return { title: t('cancel.title', { reference: decodeURIComponent(reference).toUpperCase().slice(0, 32) }), robots: { index: false } };
}

async function quoteOrNull(orderId: string, itemId: string | null): Promise<OrderCancellationQuote | string> {
  try {
    return await quoteOrderCancellation({ orderId, itemId });
  } catch (error) {
    if (isAfterSalesError(error)) return error.code;
    throw error;
  }
}

/** Choose an item or the whole order, see what comes back (Agreement 6.1–6.4), confirm exactly that. */
export default async function CancelPage({ params, searchParams }: PageProps<'/[locale]/booking/[reference]/cancel'>) {
  const { locale, reference } = (await params) as { locale: Locale; reference: string };
  setRequestLocale(locale);
  const access = await requireBookingAccess(reference);
  const t = await getTranslations({ locale, namespace: 'afterSales' });
  const query = await searchParams;
  const choice = typeof query.item === 'string' ? query.item : null;

  const whole = await quoteOrNull(access.orderId, null);
  let chosen: OrderCancellationQuote | string | null = null;
  if (choice === 'all') chosen = whole;
  else if (choice && typeof whole !== 'string') {
    if (!whole.items.some((i) => i.itemId === choice)) notFound();
    chosen = await quoteOrNull(access.orderId, choice);
  }
  const back = `/booking/${access.reference}`;

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <p className="text-sm">
        <Link href={back} className={link}>
          {t('cancel.back')}
        </Link>
      </p>
      <h1 className={h1}>{t('cancel.heading', { reference: access.reference })}</h1>
      {typeof whole === 'string' ? (
        <p className={notice}>{t(whole === 'NOTHING_TO_CANCEL' ? 'cancel.nothingLeft' : `errors.${whole}`)}</p>
      ) : (
        <>
          <form method="get" className={card}>
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-2 font-semibold">{t('cancel.choose')}</legend>
              {whole.items.length > 1 && (
                <label className="flex min-h-11 items-center gap-3">
                  <Input type="radio" name="item" value="all" defaultChecked={choice === 'all' || !choice} />
                  <span>{t('cancel.wholeOrder')}</span>
                </label>
              )}
              {whole.items.map((item, index) => (
                <label key={item.itemId} className="flex min-h-11 items-center gap-3">
                  <Input type="radio" name="item" value={item.itemId} defaultChecked={choice === item.itemId || (!choice && whole.items.length === 1 && index === 0)} />
                  <span>
                    {t(`kinds.${item.kind}`)}
                    {': '}
                    {item.title}
                  </span>
                </label>
              ))}
            </fieldset>
            <div>
              <button type="submit" className={secondaryButton}>
                {t('cancel.showQuote')}
              </button>
            </div>
          </form>
          {typeof chosen === 'string' && <p className={notice}>{t(`errors.${chosen}`)}</p>}
          {chosen && typeof chosen !== 'string' && (
            <>
              <CancellationQuoteView quote={chosen} locale={locale} />
              {chosen.allowed && (
                <CancelConfirmForm
                  action={confirmCancellationAction}
                  reference={access.reference}
                  locale={locale}
                  itemId={chosen.scope === 'ITEM' ? chosen.items[0]!.itemId : ''}
                  quoteHash={chosen.hash}
                />
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
