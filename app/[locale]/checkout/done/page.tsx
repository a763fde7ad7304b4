import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BookingLookupForm } from '@/components/booking/lookup-form';
import { bookingLookupWords } from '@/components/booking/lookup-words';
import { BOOKING_COOKIE } from '@/lib/booking/booking-lookup-cookie';
import { officeDetails } from '@/lib/booking/office';
import { getOrderDocuments } from '@/lib/booking/get-order-documents';
import { getOrderForOwner } from '@/lib/booking/get-order-for-owner';
import { confirmationLinkToken } from '@/lib/booking/confirmation-link';
import { calendarHrefFor, receiptHrefFor } from '@/lib/booking/receipt-link';
import { loadItinerary } from '@/lib/documents/load-itinerary';
import { registerFulfilment } from '@/lib/fulfilment/register-fulfilment';
import { formatMoney } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { syncPaymentWithProvider } from '@/lib/payments/sync-payment';
import { CARD_REFUND_TIME } from '@/lib/rules';
import { ConfirmationItinerary } from '@/components/checkout/confirmation-itinerary';
import { PendingRefresh } from '@/components/checkout/pending-refresh';
import { RetryPaymentForm } from '@/components/checkout/retry-payment-form';
import { momentIn } from '@/components/search/format';
import { lookUpBookingAction } from '../../booking/actions';
import { currentTripOwner } from '../booking-action';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/checkout/done'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'checkout.done' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * Where the traveller lands after paying (or not): the booking reference and what state the order is
 * in. Whoever holds the booking sees it (its trip cookie, its account, a reference + surname look-up,
 * or the signed link of the payment return and the mails); anyone else gets the look-up form, never a
 * 404, and learns nothing about whether the reference exists.
 */
export default async function CheckoutDonePage({ params, searchParams }: PageProps<'/[locale]/checkout/done'>) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const sp = (await searchParams) as Record<string, string | string[] | undefined>;
  const reference = typeof sp.ref === 'string' ? sp.ref : '';
  const returned = typeof sp.session === 'string';
  const t = await getTranslations({ locale, namespace: 'checkout.done' });
  const [{ owner }, jar] = await Promise.all([currentTripOwner(), cookies()]);
  const proof = { lookupCookie: jar.get(BOOKING_COOKIE)?.value, linkToken: typeof sp.t === 'string' ? sp.t : null };
  let order = await getOrderForOwner(owner, reference, proof);
  if (!order) {
    return (
      <section aria-labelledby="done-lookup-heading" className="flex max-w-xl flex-col gap-5">
        <h1 id="done-lookup-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
          {t('lookupHeading')}
        </h1>
        <p className="text-slate-700">{t('lookupIntro')}</p>
        <BookingLookupForm action={lookUpBookingAction} locale={locale} words={await bookingLookupWords(locale)} reference={reference.slice(0, 40)} />
      </section>
    );
  }

  // Back from the provider before its webhook: ask the provider (idempotent, same path as a webhook).
  if (order.status === 'HELD' && order.openPaymentId && (returned || sp.cancelled === '1')) {
    registerFulfilment();
    await syncPaymentWithProvider(order.openPaymentId).catch(() => null);
    order = (await getOrderForOwner(owner, reference, proof)) ?? order;
  }

  const until = momentIn(order.holdExpiresAt, 'Asia/Baku', locale);
  const office = officeDetails(locale);
  const amount = formatMoney(order.charge, locale);
  const confirming = order.status === 'HELD' && returned && !order.lastPaymentError && order.openPaymentId !== null;
  const issuing = ['ISSUED', 'ISSUE_FAILED', 'REFUNDED'].includes(order.status) ? await getOrderDocuments(order.orderId, locale) : null;
  const notIssued = issuing?.notIssuedRefund ?? null;
  const itinerary = order.status === 'EXPIRED' ? null : await loadItinerary(order.orderId, { locale });
  // The holder proved it holds the booking; the downloads carry a signed link so they work without the booking cookie.
  const downloadToken = proof.linkToken ?? confirmationLinkToken(order.orderId);
  const receiptHref = receiptHrefFor(order, locale, downloadToken);
  const calendarHref = calendarHrefFor(order, locale, downloadToken);
  const heading =
    order.status === 'PAID' ? 'paid' : order.status === 'ISSUED' ? 'issued' : order.status === 'HELD' ? 'held' : notIssued ? 'notIssued' : 'other';

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t(`heading.${heading}`)}</h1>
        <p className="text-lg">
          {t.rich('reference', { reference: order.reference, strong: (chunks) => <strong className="font-mono tracking-wider">{chunks}</strong> })}
        </p>
      </header>

      <section aria-labelledby="status-heading" className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="status-heading" className="text-lg font-semibold">
          {t('statusHeading')}
        </h2>
        <p className="font-medium" data-testid="order-status">
          {t(`status.${order.status}`)}
        </p>

        {order.status === 'PAID' && (
          <>
            <p role="status">{t('issuingBody', { amount })}</p>
            <PendingRefresh />
          </>
        )}

        {order.status === 'ISSUED' && <p>{t('issuedBody', { email: order.contactEmail })}</p>}

        {order.status === 'HELD' && order.paymentMethod === 'OFFICE' && (
          <>
            <p>{t('officeBody', { amount, deadline: until })}</p>
            <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-testid="office-details">
              <dt className="font-medium">{t('officeAddress')}</dt>
              <dd>{office.address}</dd>
              <dt className="font-medium">{t('officeHours')}</dt>
              <dd>{office.hours}</dd>
            </dl>
          </>
        )}

        {order.status === 'HELD' && order.paymentMethod === 'CARD' && (
          <>
            {order.lastPaymentError ? (
              <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
                {t('declined', { until })}
              </p>
            ) : confirming ? (
              <p role="status">{t('confirming')}</p>
            ) : (
              <p>{t('heldBody', { amount, until })}</p>
            )}
            {sp.retry === '1' && !order.lastPaymentError && (
              <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-900">
                {t('paymentNotStarted')}
              </p>
            )}
            {confirming ? <PendingRefresh /> : <RetryPaymentForm reference={order.reference} locale={locale} linkToken={proof.linkToken} label={t('payNow', { amount })} />}
          </>
        )}

        {order.status === 'EXPIRED' && <p>{t('expiredBody')}</p>}
        {order.status === 'ISSUE_FAILED' && notIssued && (
          <p>
            {t('issueFailedBody', {
              amount: formatMoney(notIssued.amount, locale),
              due: notIssued.dueAt ? momentIn(notIssued.dueAt, 'Asia/Baku', locale) : '',
              request: notIssued.reference,
            })}
          </p>
        )}
        {order.status === 'REFUNDED' && notIssued && <p>{t('refundedBody', { minDays: CARD_REFUND_TIME.minDays, maxDays: CARD_REFUND_TIME.maxDays })}</p>}
      </section>

      {order.status === 'ISSUED' && issuing && (
        <section aria-labelledby="documents-heading" className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="documents-heading" className="text-lg font-semibold">
            {t('documentsHeading')}
          </h2>
          <ul className="flex flex-col gap-3" data-testid="order-documents">
            {issuing.items
              .filter((item) => !item.cancelled)
              .map((item) => (
                <li key={item.id} className="flex flex-col gap-1">
                  <span className="font-medium break-words">{item.title}</span>
                  <dl className="flex flex-wrap gap-x-2 text-sm text-slate-700">
                    <dt>{t(`documentLabel.${item.kind}`)}</dt>
                    <dd className="font-mono tracking-wide break-all">{item.documents.length > 0 ? item.documents.join(', ') : t('documentsPending')}</dd>
                  </dl>
                </li>
              ))}
          </ul>
          <p className="text-sm text-slate-700">{t('manageHint')}</p>
          <p>
            <Link href="/booking" className="text-brand-800 font-medium underline">
              {t('manageBooking')}
            </Link>
          </p>
        </section>
      )}

      {itinerary && itinerary.items.length > 0 && (
        <ConfirmationItinerary
          itinerary={itinerary}
          locale={locale}
          downloads={receiptHref && calendarHref ? { receipt: receiptHref, calendar: calendarHref } : null}
        />
      )}

      <p className="flex flex-wrap gap-4">
        <Link href="/" className="text-brand-800 underline">
          {t('home')}
        </Link>
        <Link href="/trip" className="text-brand-800 underline">
          {t('trip')}
        </Link>
      </p>
    </div>
  );
}
