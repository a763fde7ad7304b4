/**
 * The itinerary receipt in words (Agreement 4.9), once, for the PDF, the HTML mail and its text part:
 * every label from the `documents` catalog of the order's language, times on the wall clock of the
 * place they happen with the zone named, money as integer minor units formatted with its currency.
 * Pure apart from loading the catalogs.
 */
import { offerLabels } from '@/lib/booking/item-name';
import type { Locale } from '@/lib/i18n/locales';
import { mailTranslator, type MailTranslator } from '@/lib/mail/translate';
import { documentMoney, formatRuleValues, localMoment, splitDuration } from './format';
import type { Itinerary, ItineraryItem, ItineraryPriceLine } from './load-itinerary';

/** Order-level moments (issued, paid) are read on the agency's clock, in Baku. */
export const AGENCY_TIME_ZONE = 'Asia/Baku';

export type LabelledValue = { label: string; value: string };

type ReceiptItemView = {
  heading: string;
  cancelled: string | null;
  /** local times, places, fare or room, vehicle */
  details: LabelledValue[];
  travellers: LabelledValue | null;
  documents: LabelledValue;
  rules: string[];
};

export type ReceiptView = {
  locale: Locale;
  brand: string;
  title: string;
  reference: LabelledValue;
  facts: LabelledValue[];
  travellers: { heading: string; names: string[] };
  tripHeading: string;
  items: ReceiptItemView[];
  rulesHeading: string;
  price: {
    heading: string;
    columns: string[];
    rows: { label: string; cells: string[] }[];
    totals: { label: string; cells: string[] }[];
    charged: LabelledValue | null;
    notes: string[];
  };
  agreement: string | null;
};

export type ReceiptViewOptions = {
  locale: Locale;
  /** the moment the document is produced, shown when the order has no issue date yet */
  now?: Date;
};

type Translators = { t: MailTranslator; rules: MailTranslator; search: MailTranslator };

function translators(locale: Locale): Translators {
  return { t: mailTranslator(locale, 'documents'), rules: mailTranslator(locale, 'rules'), search: mailTranslator(locale, 'search') };
}

function personName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`.trim();
}

export function buildReceiptView(itinerary: Itinerary, options: ReceiptViewOptions): ReceiptView {
  const { locale } = options;
  const tr = translators(locale);
  const { t } = tr;
  const money = (amount: number, currency: string) => documentMoney({ amount, currency }, locale);
  const issuedAt = itinerary.issuedAt ?? options.now ?? new Date();

  const facts: LabelledValue[] = [
    { label: t('receipt.status'), value: t(`status.${itinerary.status}`) },
    { label: t('receipt.issuedOn'), value: localMoment(issuedAt, AGENCY_TIME_ZONE, locale) },
    { label: t('receipt.bookedOn'), value: localMoment(itinerary.createdAt, AGENCY_TIME_ZONE, locale) },
    { label: t('receipt.contact'), value: itinerary.contactEmail },
  ];

  const items = itinerary.items.map((item, index) => itemView(item, index, locale, tr));

  const priceCells = (line: Omit<ItineraryPriceLine, 'currency'>, currency: string) => [
    money(line.providerCostMinor, currency),
    line.discountMinor ? money(-line.discountMinor, currency) : t('price.none'),
    money(line.serviceFeeMinor, currency),
    money(line.totalMinor, currency),
  ];
  const notes: string[] = [];
  if (itinerary.charge?.converted && itinerary.charge.ratesAsOf) {
    notes.push(t('price.converted', { currency: itinerary.charge.amount.currency, date: itinerary.charge.ratesAsOf }));
  }
  notes.push(paymentLine(itinerary, locale, t));

  return {
    locale,
    brand: t('brand'),
    title: t('receipt.title'),
    reference: { label: t('receipt.reference'), value: itinerary.reference },
    facts,
    travellers: { heading: t('receipt.travellers'), names: itinerary.travellers.map(personName) },
    tripHeading: t('receipt.trip'),
    items,
    rulesHeading: t('receipt.rules'),
    price: {
      heading: t('price.heading'),
      columns: [t('price.item'), t('price.providerCost'), t('price.discount'), t('price.serviceFee'), t('price.total')],
      rows: itinerary.items.map((item, index) => ({
        label: `${index + 1}. ${t(`kind.${item.kind}`)}`,
        cells: priceCells(item.price, item.price.currency),
      })),
      totals: itinerary.totals.map((total) => ({ label: t('price.totals', { currency: total.currency }), cells: priceCells(total, total.currency) })),
      charged: itinerary.charge ? { label: t('price.charged'), value: documentMoney(itinerary.charge.amount, locale) } : null,
      notes,
    },
    agreement: itinerary.agreementVersion ? t('receipt.agreement', { version: itinerary.agreementVersion }) : null,
  };
}

function paymentLine(itinerary: Itinerary, locale: Locale, t: MailTranslator): string {
  const payment = itinerary.payment;
  if (!payment) return t('price.notPaid');
  const method = t(`paymentMethod.${payment.method}`);
  return payment.paidAt ? t('price.paidBy', { method, date: localMoment(payment.paidAt, AGENCY_TIME_ZONE, locale) }) : t('price.paidByNoDate', { method });
}

function itemView(item: ItineraryItem, index: number, locale: Locale, { t, rules, search }: Translators): ReceiptItemView {
  const details: LabelledValue[] = [];
  const at = (date: Date, zone: string) => localMoment(date, zone, locale);
  if (item.flight) {
    const f = item.flight;
    for (const slice of f.slices) {
      for (const leg of slice.segments) {
        const place = (p: { code: string; name: string | null }) => (p.name ? `${p.name} (${p.code})` : p.code);
        details.push({
          label: t('flight.leg', { flight: leg.flightNumber, origin: leg.origin.code, destination: leg.destination.code }),
          value: t('flight.duration', splitDuration(leg.durationMinutes)),
        });
        details.push({ label: t('flight.departure'), value: `${at(leg.departureAt, leg.originTimeZone)}, ${place(leg.origin)}` });
        details.push({ label: t('flight.arrival'), value: `${at(leg.arrivalAt, leg.destinationTimeZone)}, ${place(leg.destination)}` });
      }
    }
    details.push({
      label: t('flight.fare'),
      value: t('flight.fareValue', {
        cabin: search(`flights.cabins.${f.cabin}`),
        fare: offerLabels(locale).fareFamily(f.fareFamily),
        bags: f.checkedBags,
        bagKg: f.checkedBagKg,
        cabinKg: f.cabinBagKg,
      }),
    });
  } else if (item.hotel) {
    const h = item.hotel;
    details.push({ label: t('hotel.checkIn'), value: at(h.checkInAt, h.timeZone) });
    details.push({ label: t('hotel.checkOut'), value: at(h.checkOutAt, h.timeZone) });
    details.push({ label: t('hotel.address'), value: [h.name, h.address, h.city].filter(Boolean).join(', ') });
    details.push({
      label: t('hotel.room'),
      value: t('hotel.roomValue', { room: offerLabels(locale).roomType(h.roomCode), board: offerLabels(locale).board(h.board), nights: h.nights, rooms: h.rooms, guests: h.guests }),
    });
  } else if (item.transfer) {
    const tr = item.transfer;
    details.push({ label: t('transfer.pickup'), value: at(tr.pickupAt, tr.pickupTimeZone) });
    details.push({ label: t('transfer.pickupPlace'), value: `${tr.airport.name} (${tr.airport.code})` });
    details.push({ label: t('transfer.to'), value: tr.zone });
    details.push({ label: t('transfer.vehicle'), value: offerLabels(locale).vehicleClass(tr.vehicleClass) });
    details.push({ label: t('transfer.party'), value: t('transfer.partyValue', { passengers: tr.passengers, bags: tr.bags }) });
    details.push({
      label: t('transfer.waitingLabel'),
      value: t('transfer.waiting', { minutes: tr.waiting.atMeetingPointMinutes, delayMinutes: tr.waiting.afterFlightDelayMinutes }),
    });
  } else {
    // An item whose offer snapshot could not be read: its stored times still go on the receipt.
    details.push({ label: t(`kind.${item.kind}`), value: at(item.startsAt, item.timeZone) });
  }

  const names = item.passengers.map(personName);
  return {
    heading: t('receipt.itemHeading', { number: index + 1, kind: t(`kind.${item.kind}`), title: item.title }),
    cancelled: item.cancelledAt ? t('receipt.cancelled', { date: localMoment(item.cancelledAt, AGENCY_TIME_ZONE, locale) }) : null,
    details,
    travellers: names.length ? { label: t('receipt.itemTravellers'), value: names.join(', ') } : null,
    documents: {
      label: item.kind === 'FLIGHT' ? t('receipt.tickets') : t('receipt.vouchers'),
      value: item.documents.length ? item.documents.join(', ') : t('receipt.notIssued'),
    },
    // The transfer's waiting time is already among its details.
    rules: item.rules.filter((m) => m.key !== 'transfer.waiting').map((m) => rules(m.key, formatRuleValues(m.values, locale, item.timeZone))),
  };
}
