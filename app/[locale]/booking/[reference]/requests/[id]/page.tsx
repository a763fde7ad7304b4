import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RefundStatus } from '@/components/after-sales/refund-status';
import { RequestReplyForm } from '@/components/after-sales/request-reply-form';
import { card, dl, h1, h2, link, status } from '@/components/after-sales/ui';
import { listOrderRequests } from '@/lib/after-sales/list-order-requests';
import { systemMessageKey } from '@/lib/after-sales/system-message-keys';
import { requireBookingAccess } from '@/lib/auth/booking-access';
import { formatInZone, formatMoney, zoneLabel } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { addRequestMessageAction } from '../actions';

export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: PageProps<'/[locale]/booking/[reference]/requests/[id]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'afterSales' });
  return { title: t('account.request'), robots: { index: false } };
}

/** One request of this booking: what was asked, its status, the refund's progress and the conversation. */
export default async function RequestPage({ params, searchParams }: PageProps<'/[locale]/booking/[reference]/requests/[id]'>) {
  const { locale, reference, id } = (await params) as { locale: Locale; reference: string; id: string };
  setRequestLocale(locale);
  const access = await requireBookingAccess(reference);
  if (!UUID.test(id)) notFound();
  // The order id from the access is part of the query: another booking's request is a 404.
  const [request] = await listOrderRequests({ orderId: access.orderId, requestId: id });
  if (!request) notFound();
  const t = await getTranslations({ locale, namespace: 'afterSales' });
  const done = (await searchParams).done === '1';
  const when = (at: Date) => `${formatInZone(at, 'Asia/Baku', locale)} (${zoneLabel(at, 'Asia/Baku', locale)})`;
  const doneKey =
    request.topic === 'FLIGHT_REFUND' ? 'cancel.doneFlight' : request.kind === 'CANCELLATION' ? 'cancel.done' : request.kind === 'CHANGE' ? 'change.done' : 'newRequest.done';

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <p className="text-sm">
        <Link href={`/booking/${access.reference}`} className={link}>
          {t('request.back')}
        </Link>
      </p>
      <h1 className={h1}>{t('request.heading', { reference: request.reference })}</h1>
      {done && (
        <p role="status" className={status}>
          {t(doneKey, { reference: request.reference })}
        </p>
      )}
      <section aria-labelledby="request-summary" className={card}>
        <h2 id="request-summary" className="sr-only">
          {t('request.title', { reference: request.reference })}
        </h2>
        <dl className={dl}>
          <dt className="text-slate-600">{t('request.status')}</dt>
          <dd data-testid="request-status">{t(`statuses.${request.status}`)}</dd>
          <dt className="text-slate-600">{t('request.topic')}</dt>
          <dd>{t(`topics.${request.topic}`)}</dd>
          <dt className="text-slate-600">{t('request.booking')}</dt>
          <dd>{request.orderReference}</dd>
          {request.item && (
            <>
              <dt className="text-slate-600">{t('request.item')}</dt>
              <dd>
                {t(`kinds.${request.item.kind}`)}
                {': '}
                {request.item.title}
              </dd>
            </>
          )}
          {request.subject && (
            <>
              <dt className="text-slate-600">{t('newRequest.subject')}</dt>
              <dd>{request.subject}</dd>
            </>
          )}
          <dt className="text-slate-600">{t('request.created')}</dt>
          <dd>{when(request.createdAt)}</dd>
          {request.clause && (
            <>
              <dt className="text-slate-600">{t('request.clause')}</dt>
              <dd>{request.clause}</dd>
            </>
          )}
          {request.agencyFee && (
            <>
              <dt className="text-slate-600">{t('request.agencyFee')}</dt>
              <dd>{formatMoney(request.agencyFee, locale)}</dd>
            </>
          )}
          {request.charge && (
            <>
              <dt className="text-slate-600">{t('request.charge')}</dt>
              <dd>{formatMoney(request.charge, locale)}</dd>
            </>
          )}
          {request.decisionNote && (
            <>
              <dt className="text-slate-600">{t('request.decision')}</dt>
              <dd>{request.decisionNote}</dd>
            </>
          )}
        </dl>
        {request.changes && Object.keys(request.changes).length > 0 && (
          <div>
            <h3 className="font-semibold">{t('request.changes')}</h3>
            <dl className={dl}>
              {Object.entries(request.changes).map(([key, value]) => (
                <div key={key} className="contents">
                  <dt className="text-slate-600">{t.has(`request.changeFields.${key}`) ? t(`request.changeFields.${key}`) : key}</dt>
                  <dd>{String(value)}</dd>
                </div>
              ))}
            </dl>
          </div>
        )}
      </section>
      {request.refund.progress !== 'none' && (
        <section aria-labelledby="refund-heading" className={card}>
          <h2 id="refund-heading" className={h2}>
            {t('refund.heading')}
          </h2>
          <RefundStatus refund={request.refund} locale={locale} />
        </section>
      )}
      <section aria-labelledby="messages-heading" className={card}>
        <h2 id="messages-heading" className={h2}>
          {t('request.messages')}
        </h2>
        {request.messages.length === 0 ? (
          <p>{t('request.noMessages')}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {request.messages.map((message) => (
              <li key={message.id} className="rounded-md border border-slate-200 p-3">
                <p className="text-sm text-slate-600">
                  {t(`authors.${message.author}`)}
                  {' · '}
                  <time dateTime={message.createdAt.toISOString()}>{when(message.createdAt)}</time>
                </p>
                <p className="whitespace-pre-line break-words">{message.author === 'SYSTEM' ? t(`system.${systemMessageKey(message.body)}`) : message.body}</p>
              </li>
            ))}
          </ol>
        )}
        <RequestReplyForm action={addRequestMessageAction} reference={access.reference} locale={locale} requestId={request.id} />
      </section>
    </div>
  );
}
