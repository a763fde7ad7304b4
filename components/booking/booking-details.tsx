import { getTranslations } from 'next-intl/server';
import { BookingActions } from '@/components/after-sales/booking-actions';
import { BookingRequests } from '@/components/after-sales/booking-requests';
import { formatRuleValues } from '@/components/search/format';
import type { BookingView } from '@/lib/fulfilment/get-booking-view';
import { formatInZone, formatMoney, formatWithZone, zoneLabel } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { ItineraryItem } from '@/lib/documents/load-itinerary';

type Props = {
  view: BookingView;
  locale: Locale;
  /** where the receipt PDF downloads from; none while the order has no receipt */
  receiptHref: string | null;
  /** where the .ics calendar file downloads from; none while the order has no receipt */
  calendarHref?: string | null;
};

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
const card = 'flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4';
const dl = 'grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]';

/**
 * One booking for its traveller, shared by /booking/[reference] and /account/bookings/[reference]:
 * status in plain words, schedule changes, travellers, every item with local times and its zone,
 * documents, price lines, rules, totals and payment, the receipt, then what can be done next.
 */
export async function BookingDetails({ view, locale, receiptHref, calendarHref = null }: Props) {
  const [t, tr, ts] = await Promise.all([
    getTranslations({ locale, namespace: 'booking' }),
    getTranslations({ locale, namespace: 'rules' }),
    getTranslations({ locale, namespace: 'search' }),
  ]);
  const when = (at: Date, zone: string) => `${formatInZone(at, zone, locale)} (${zoneLabel(at, zone, locale)})`;
  const money = (amount: number, currency: string) => formatMoney({ amount, currency }, locale);
  const bookedOn = `${formatInZone(view.createdAt, 'Asia/Baku', locale, { dateStyle: 'long', timeStyle: 'short' })} (${zoneLabel(view.createdAt, 'Asia/Baku', locale)})`;

  const item = (it: ItineraryItem) => (
    <li key={it.id} className={card} data-testid="booking-item">
      <h3 className="font-semibold">
        {t(`items.kinds.${it.kind}`)}
        {': '}
        {it.title}
      </h3>
      {it.cancelledAt && (
        <p className="font-medium text-red-800">{t('items.cancelled', { date: formatWithZone(it.cancelledAt, it.timeZone, locale) })}</p>
      )}
      <dl className={dl}>
        <dt className="text-slate-600">{t('items.starts')}</dt>
        <dd>{when(it.startsAt, it.timeZone)}</dd>
        {it.endsAt && (
          <>
            <dt className="text-slate-600">{t('items.ends')}</dt>
            <dd>{when(it.endsAt, it.endTimeZone)}</dd>
          </>
        )}
        {it.passengers.length > 0 && (
          <>
            <dt className="text-slate-600">{t('items.people')}</dt>
            <dd>{it.passengers.map(fullName).join(', ')}</dd>
          </>
        )}
      </dl>

      {it.flight && (
        <div className="flex flex-col gap-2">
          <p className="text-sm">
            {t('items.flightFare', {
              airline: it.flight.airline.name,
              cabin: ts(`flights.cabins.${it.flight.cabin}` as 'flights.cabins.ECONOMY'),
              bags: it.flight.checkedBags,
              bagKg: it.flight.checkedBagKg,
              cabinKg: it.flight.cabinBagKg,
            })}
          </p>
          <ol className="flex flex-col gap-2">
            {it.flight.slices.flatMap((slice) =>
              slice.segments.map((s) => (
                <li key={`${s.flightNumber}-${s.departureAt.toISOString()}`} className="rounded-lg bg-slate-50 p-3 text-sm">
                  <p className="font-medium">
                    {t('items.leg', {
                      flight: s.flightNumber,
                      from: s.origin.name ? `${s.origin.name} (${s.origin.code})` : s.origin.code,
                      to: s.destination.name ? `${s.destination.name} (${s.destination.code})` : s.destination.code,
                    })}
                  </p>
                  <p>{t('items.departs', { at: when(s.departureAt, s.originTimeZone) })}</p>
                  <p>{t('items.arrives', { at: when(s.arrivalAt, s.destinationTimeZone) })}</p>
                </li>
              )),
            )}
          </ol>
        </div>
      )}

      {it.hotel && (
        <dl className={dl}>
          <dt className="text-slate-600">{t('items.hotel')}</dt>
          <dd>{t('items.hotelValue', { name: it.hotel.name, address: it.hotel.address, city: it.hotel.city })}</dd>
          <dt className="text-slate-600">{t('items.stay')}</dt>
          <dd>{t('items.stayValue', { nights: it.hotel.nights, rooms: it.hotel.rooms, guests: it.hotel.guests })}</dd>
          <dt className="text-slate-600">{t('items.board')}</dt>
          <dd>{ts(`hotels.boards.${it.hotel.board}` as 'hotels.boards.BB')}</dd>
        </dl>
      )}

      {it.transfer && (
        <dl className={dl}>
          <dt className="text-slate-600">{t('items.route')}</dt>
          <dd>{t('items.routeValue', { airport: it.transfer.airport.name, code: it.transfer.airport.code, zone: it.transfer.zone })}</dd>
          <dt className="text-slate-600">{t('items.vehicle')}</dt>
          <dd>{ts(`transfers.classes.${it.transfer.vehicleClass}` as 'transfers.classes.ECONOMY')}</dd>
          <dt className="text-slate-600">{t('items.party')}</dt>
          <dd>{t('items.partyValue', { passengers: it.transfer.passengers, bags: it.transfer.bags })}</dd>
          {it.transfer.flightNumber && (
            <>
              <dt className="text-slate-600">{t('items.flightNumber')}</dt>
              <dd>{it.transfer.flightNumber}</dd>
            </>
          )}
          <dt className="text-slate-600">{t('items.waiting')}</dt>
          <dd>
            {t('items.waitingValue', {
              minutes: it.transfer.waiting.atMeetingPointMinutes,
              delayMinutes: it.transfer.waiting.afterFlightDelayMinutes,
            })}
          </dd>
        </dl>
      )}

      <div className="text-sm">
        <p className="font-medium">{t(`items.documents.${it.kind}`)}</p>
        {it.documents.length > 0 && (
          <ul className="mt-1 flex flex-wrap gap-2" data-testid="booking-documents">
            {it.documents.map((code) => (
              <li key={code} className={`rounded bg-slate-100 px-2 py-1 font-mono tracking-wider${it.documentState === 'void' ? ' line-through' : ''}`}>
                {code}
              </li>
            ))}
          </ul>
        )}
        {it.documentState === 'void' && <p className="text-slate-600">{t('items.documentsVoid')}</p>}
        {it.documentState === 'cancelled' && <p className="text-slate-600">{t('items.cancelledBeforeIssue')}</p>}
        {it.documentState === 'pending' && <p className="text-slate-600">{t('items.documentsPending')}</p>}
      </div>

      <dl className="flex flex-col gap-1 border-t border-slate-200 pt-2 text-sm">
        <div className="flex justify-between gap-4">
          <dt>{t('items.providerCost')}</dt>
          <dd className="tabular-nums">{money(it.price.providerCostMinor, it.price.currency)}</dd>
        </div>
        {it.price.discountMinor > 0 && (
          <div className="flex justify-between gap-4">
            <dt>{t('items.discount')}</dt>
            <dd className="tabular-nums">{money(-it.price.discountMinor, it.price.currency)}</dd>
          </div>
        )}
        <div className="flex justify-between gap-4">
          <dt>{t('items.serviceFee')}</dt>
          <dd className="tabular-nums">{money(it.price.serviceFeeMinor, it.price.currency)}</dd>
        </div>
        <div className="flex justify-between gap-4 font-semibold">
          <dt>{t('items.total')}</dt>
          <dd className="tabular-nums">{money(it.price.totalMinor, it.price.currency)}</dd>
        </div>
      </dl>

      {it.rules.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-brand-800">{t('items.rules')}</summary>
          <ul className="mt-2 flex list-disc flex-col gap-1 pl-5">
            {it.rules.map((m, i) => (
              <li key={`${m.key}-${i}`}>{tr(m.key as 'common.refundToCard', formatRuleValues(m.values, locale, it.timeZone) as never)}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('detail.heading', { reference: view.reference })}</h1>

      <section aria-labelledby="booking-status-heading" className={card}>
        <h2 id="booking-status-heading" className="text-lg font-semibold">
          {t('detail.statusHeading')}
        </h2>
        <p className="font-medium" data-testid="booking-status">
          {t(`statuses.${view.phase}`)}
        </p>
        <p>{t(`statusHelp.${view.phase}`)}</p>
        <dl className={dl}>
          <dt className="text-slate-600">{t('detail.reference')}</dt>
          <dd className="font-mono tracking-wider">{view.reference}</dd>
          <dt className="text-slate-600">{t('detail.bookedOn')}</dt>
          <dd>{bookedOn}</dd>
          {view.contactEmail && (
            <>
              <dt className="text-slate-600">{t('detail.contact')}</dt>
              <dd className="break-all">{view.contactEmail}</dd>
            </>
          )}
          {view.agreementVersion && (
            <>
              <dt className="text-slate-600">{t('detail.agreement')}</dt>
              <dd>{view.agreementVersion}</dd>
            </>
          )}
        </dl>
      </section>

      {view.scheduleChanges.length > 0 && (
        <section aria-labelledby="booking-schedule-heading" className="flex flex-col gap-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950">
          <h2 id="booking-schedule-heading" className="text-lg font-semibold">
            {t('schedule.heading')}
          </h2>
          <ul className="flex flex-col gap-3">
            {view.scheduleChanges.map((c) => (
              <li key={c.id} className="flex flex-col gap-1">
                <p className="font-medium">{t('schedule.flight', { flight: c.flight, date: formatInZone(new Date(`${c.departureDate}T12:00:00Z`), 'UTC', locale, { dateStyle: 'medium', timeStyle: undefined }) })}</p>
                {c.original && <p>{t('schedule.was', { departure: when(c.original.departureAt, c.originTimeZone), arrival: when(c.original.arrivalAt, c.destinationTimeZone) })}</p>}
                <p className="font-semibold">
                  {c.newArrivalAt
                    ? t('schedule.nowWithArrival', { departure: when(c.newDepartureAt, c.originTimeZone), arrival: when(c.newArrivalAt, c.destinationTimeZone) })
                    : t('schedule.now', { departure: when(c.newDepartureAt, c.originTimeZone) })}
                </p>
                <p>{t('schedule.note', { note: c.note })}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {view.travellers.length > 0 && (
        <section aria-labelledby="booking-travellers-heading" className={card}>
          <h2 id="booking-travellers-heading" className="text-lg font-semibold">
            {t('travellers.heading')}
          </h2>
          <ul className="list-disc pl-5" data-testid="booking-travellers">
            {view.travellers.map((p) => (
              <li key={`${p.firstName}|${p.lastName}`}>{fullName(p)}</li>
            ))}
          </ul>
          <p className="text-sm text-slate-600">{t('travellers.note')}</p>
        </section>
      )}

      <section aria-labelledby="booking-items-heading" className="flex flex-col gap-3">
        <h2 id="booking-items-heading" className="text-lg font-semibold">
          {t('items.heading')}
        </h2>
        <ul className="flex flex-col gap-3">{view.items.map(item)}</ul>
      </section>

      <section aria-labelledby="booking-payment-heading" className={card}>
        <h2 id="booking-payment-heading" className="text-lg font-semibold">
          {t('payment.heading')}
        </h2>
        <dl className="flex flex-col gap-1">
          {view.totals.map((total) => (
            <div key={total.currency} className="flex justify-between gap-4">
              <dt>{t('payment.totalIn', { currency: total.currency })}</dt>
              <dd className="tabular-nums font-semibold">{money(total.totalMinor, total.currency)}</dd>
            </div>
          ))}
          {view.charge && (
            <div className="flex justify-between gap-4 border-t border-slate-200 pt-2">
              <dt>{view.payment ? t('payment.charged') : t('payment.toPay')}</dt>
              <dd className="tabular-nums font-semibold">{formatMoney(view.charge.amount, locale)}</dd>
            </div>
          )}
          {view.paymentMethod && (
            <div className="flex justify-between gap-4">
              <dt>{t('payment.method')}</dt>
              <dd>{t(`payment.methods.${view.paymentMethod}`)}</dd>
            </div>
          )}
          {view.payment?.paidAt && (
            <div className="flex justify-between gap-4">
              <dt>{t('payment.paidAt')}</dt>
              <dd>{formatWithZone(view.payment.paidAt, 'Asia/Baku', locale, { dateStyle: 'long', timeStyle: 'short' })}</dd>
            </div>
          )}
        </dl>
        {view.charge?.converted && <p className="text-sm text-slate-600">{t('payment.converted', { currency: view.charge.amount.currency })}</p>}
        <p className="text-sm text-slate-600">{t('payment.serviceFeeNote')}</p>
      </section>

      {receiptHref && (
        <section aria-labelledby="booking-receipt-heading" className={card}>
          <h2 id="booking-receipt-heading" className="text-lg font-semibold">
            {t('receipt.heading')}
          </h2>
          <p>
            {/* A file download, not a page: a plain link so the browser saves it. */}
            <a href={receiptHref} className="font-medium text-brand-800 underline" download>
              {t('receipt.download')}
            </a>
          </p>
          {calendarHref && (
            <p>
              <a href={calendarHref} className="font-medium text-brand-800 underline" download>
                {t('receipt.calendar')}
              </a>
            </p>
          )}
          <p className="text-sm text-slate-600">{t('receipt.note')}</p>
        </section>
      )}

      <BookingActions orderId={view.orderId} reference={view.reference} locale={locale} />
      <BookingRequests orderId={view.orderId} reference={view.reference} locale={locale} />
    </div>
  );
}
