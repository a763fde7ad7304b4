import { getTranslations } from 'next-intl/server';
import { listOrderRequests } from '@/lib/after-sales/list-order-requests';
import { formatInZone } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/link';
import type { BookingSectionProps } from './booking-actions';
import { RefundStatus } from './refund-status';
import { card, h2, link } from './ui';

/**
 * The traveller's requests on a booking with their status and refund status (requested, approved,
 * sent with the provider's refund id, failed; Agreement 6.5), each opening its messages.
 */
export async function BookingRequests({ orderId, reference, locale }: BookingSectionProps) {
  const requests = await listOrderRequests({ orderId });
  const t = await getTranslations({ locale, namespace: 'afterSales' });
  return (
    <section aria-labelledby="booking-requests-heading" className={card}>
      <h2 id="booking-requests-heading" className={h2}>
        {t('requests.heading')}
      </h2>
      {requests.length === 0 ? (
        <p>{t('requests.empty')}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {requests.map((request) => (
            <li key={request.id} className="flex flex-col gap-1 rounded-md border border-slate-200 p-3" data-testid="booking-request">
              <p className="font-semibold">
                {t(`topics.${request.topic}`)}
                {' · '}
                <span data-testid="booking-request-status">{t(`statuses.${request.status}`)}</span>
              </p>
              <p className="text-sm text-slate-600">
                {request.reference}
                {' · '}
                {t('requests.created', { date: formatInZone(request.createdAt, 'Asia/Baku', locale, { timeStyle: undefined, dateStyle: 'medium' }) })}
              </p>
              <RefundStatus refund={request.refund} locale={locale} />
              <p>
                <Link href={`/booking/${reference}/requests/${request.id}`} className={link}>
                  {t('requests.open', { reference: request.reference })}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
