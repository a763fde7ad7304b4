import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChangeRequestForm } from '@/components/after-sales/change-request-form';
import { card, h1, h2, link, notice } from '@/components/after-sales/ui';
import { listChangeOptions } from '@/lib/after-sales/list-change-options';
import { requireBookingAccess } from '@/lib/auth/booking-access';
import { formatInZone, formatMoney, zoneLabel } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/link';
import type { Locale } from '@/lib/i18n/locales';
import { notFound } from 'next/navigation';
import { requestChangeAction } from './actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/booking/[reference]/change'>): Promise<Metadata> {
  const { locale, reference } = await params;
  const t = await getTranslations({ locale, namespace: 'afterSales' });
  return { title: t('change.title', { reference: decodeURIComponent(reference).toUpperCase().slice(0, 32) }), robots: { index: false } };
}

/** Change requests per item: passenger data on flights (3.1.4), transfer time or address and extras (6.2), each with its window. */
export default async function ChangePage({ params }: PageProps<'/[locale]/booking/[reference]/change'>) {
  const { locale, reference } = (await params) as { locale: Locale; reference: string };
  setRequestLocale(locale);
  const access = await requireBookingAccess(reference);
  const options = await listChangeOptions({ orderId: access.orderId });
  if (!options) notFound();
  const t = await getTranslations({ locale, namespace: 'afterSales' });
  const when = (at: Date, zone: string) => `${formatInZone(at, zone, locale)} (${zoneLabel(at, zone, locale)})`;
  const nothing = options.flights.length === 0 && options.transfers.length === 0;

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <p className="text-sm">
        <Link href={`/booking/${access.reference}`} className={link}>
          {t('cancel.back')}
        </Link>
      </p>
      <h1 className={h1}>{t('change.heading', { reference: access.reference })}</h1>
      {nothing && (
        <p className={notice}>
          {t('change.nothing')}{' '}
          <Link href={`/booking/${access.reference}/requests/new`} className={link}>
            {t('actions.ask')}
          </Link>
        </p>
      )}
      {options.flights.map((flight) => (
        <section key={flight.itemId} aria-labelledby={`pdc-${flight.itemId}`} className={card}>
          <h2 id={`pdc-${flight.itemId}`} className={h2}>
            {t('topics.PASSENGER_DATA_CHANGE')}
            {': '}
            {flight.title}
          </h2>
          <p className="text-sm text-slate-700">{t('change.passengerFee', { fee: formatMoney(flight.agencyFee, locale) })}</p>
          <ChangeRequestForm
            action={requestChangeAction}
            reference={access.reference}
            locale={locale}
            topic="PASSENGER_DATA_CHANGE"
            itemId={flight.itemId}
            timeZone={flight.timeZone}
            passengers={flight.passengers}
          />
        </section>
      ))}
      {options.transfers.map((transfer) => (
        <div key={transfer.itemId} className="flex flex-col gap-6">
          <section aria-labelledby={`tc-${transfer.itemId}`} className={card}>
            <h2 id={`tc-${transfer.itemId}`} className={h2}>
              {t('topics.TRANSFER_CHANGE')}
              {': '}
              {transfer.title}
            </h2>
            {transfer.change.allowed ? (
              <>
                <p className="text-sm text-slate-700">{t('change.transferWindow', { latest: when(transfer.change.latestAt, transfer.timeZone) })}</p>
                <ChangeRequestForm action={requestChangeAction} reference={access.reference} locale={locale} topic="TRANSFER_CHANGE" itemId={transfer.itemId} timeZone={transfer.timeZone} />
              </>
            ) : (
              <p className={notice}>{t('change.transferWindowClosed', { latest: when(transfer.change.latestAt, transfer.timeZone) })}</p>
            )}
          </section>
          <section aria-labelledby={`tx-${transfer.itemId}`} className={card}>
            <h2 id={`tx-${transfer.itemId}`} className={h2}>
              {t('topics.TRANSFER_EXTRAS')}
              {': '}
              {transfer.title}
            </h2>
            {transfer.extras.allowed ? (
              <>
                <p className="text-sm text-slate-700">{t('change.extrasWindow', { latest: when(transfer.extras.latestAt, transfer.timeZone) })}</p>
                <ChangeRequestForm action={requestChangeAction} reference={access.reference} locale={locale} topic="TRANSFER_EXTRAS" itemId={transfer.itemId} timeZone={transfer.timeZone} />
              </>
            ) : (
              <p className={notice}>{t('change.extrasWindowClosed', { latest: when(transfer.extras.latestAt, transfer.timeZone) })}</p>
            )}
          </section>
        </div>
      ))}
    </div>
  );
}
