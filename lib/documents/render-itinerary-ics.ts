/**
 * The itinerary as an RFC 5545 calendar (Agreement 4.9: the receipt's .ics attachment): one event per
 * flight leg, per hotel stay (check-in to check-out) and per transfer (pickup), each with a stable
 * UID (`<orderId>-<n>@karvan`), so importing the file again updates the same events.
 *
 * Times: DTSTART/DTEND carry the local wall-clock time of the place with TZID=<IANA zone>, and the
 * file holds a VTIMEZONE for every zone used, built from that zone's real offsets (Intl, the same
 * tz database the rest of the site uses) around the trip's dates. Why not UTC ('Z') times: both give
 * the right instant, but with TZID the event says what the ticket says ("10:15 in Baku"), calendar
 * apps that know the IANA id (Google, Apple) use it directly, and Outlook, which needs VTIMEZONE,
 * gets exact offsets including DST changes. A leg's start and end may be in different zones.
 *
 * Format: CRLF line endings, content lines folded at 75 octets (never inside a UTF-8 character), and
 * TEXT values escaped (\\ \; \, \n).
 */
import type { Locale } from '@/lib/i18n/locales';
import { mailTranslator, type MailTranslator } from '@/lib/mail/translate';
import type { Itinerary } from './load-itinerary';

export type CalendarEvent = {
  uid: string;
  start: { at: Date; timeZone: string };
  end: { at: Date; timeZone: string };
  summary: string;
  location?: string;
  description?: string;
};

export type RenderCalendarOptions = {
  /** DTSTAMP of every event: when the information was created (stable, so a retried mail is identical) */
  dtstamp: Date;
  /** X-WR-CALNAME, shown by some apps when the file is imported as a calendar */
  name?: string;
};

const CRLF = '\r\n';

/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks in a TEXT value. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 3.1: lines longer than 75 octets are split with CRLF + one space; the continuation's
 * space counts towards its 75. A multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function zoneParts(at: Date, timeZone: string): Record<string, string> {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    });
    partsFormats.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
}

/** '20261201T101500': the wall-clock time of `at` in the zone (DATE-TIME form 2, RFC 5545 3.3.5). */
function localDateTime(at: Date, timeZone: string): string {
  const p = zoneParts(at, timeZone);
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}

function utcDateTime(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The zone's offset from UTC at that instant, in minutes (Asia/Baku → 240). */
function offsetMinutes(at: Date, timeZone: string): number {
  const name = zoneParts(at, timeZone).timeZoneName ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

type Transition = { at: Date; from: number; to: number };

/** Every change of the zone's offset between the two instants, to the minute. */
export function offsetTransitions(timeZone: string, from: Date, to: Date): Transition[] {
  const found: Transition[] = [];
  let t = Math.floor(from.getTime() / MINUTE) * MINUTE;
  let offset = offsetMinutes(new Date(t), timeZone);
  while (t < to.getTime()) {
    const next = Math.min(t + DAY, Math.ceil(to.getTime() / MINUTE) * MINUTE);
    const nextOffset = offsetMinutes(new Date(next), timeZone);
    if (nextOffset !== offset) {
      // The change lies in (t, next]: find its first minute.
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (offsetMinutes(new Date(mid), timeZone) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ at: new Date(hi), from: offset, to: offsetMinutes(new Date(hi), timeZone) });
      offset = nextOffset;
    }
    t = next;
  }
  return found;
}

/**
 * A VTIMEZONE for the zone, valid from a year before `from` to after `to`: an observance in force at
 * the start, then one per offset change (each STANDARD or DAYLIGHT, with the local time it starts at
 * in the offset before it), so every event's local time maps to the right instant.
 */
export function vtimezone(timeZone: string, from: Date, to: Date): string[] {
  const start = new Date(Math.floor((from.getTime() - 366 * DAY) / DAY) * DAY);
  const end = new Date(to.getTime() + DAY);
  const transitions = offsetTransitions(timeZone, start, end);
  const initial = offsetMinutes(start, timeZone);
  const lowest = Math.min(initial, ...transitions.map((t) => t.to));
  const observance = (at: Date, offsetFrom: number, offsetTo: number) => {
    const kind = offsetTo > lowest && transitions.length > 1 ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `DTSTART:${localDateTime(new Date(at.getTime() + offsetFrom * MINUTE), 'UTC')}`,
      `TZOFFSETFROM:${formatOffset(offsetFrom)}`,
      `TZOFFSETTO:${formatOffset(offsetTo)}`,
      `END:${kind}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...observance(start, initial, initial),
    ...transitions.flatMap((t) => observance(t.at, t.from, t.to)),
    'END:VTIMEZONE',
  ];
}

/** A whole calendar (VCALENDAR) of the events, CRLF-terminated lines, folded. */
export function renderCalendar(events: readonly CalendarEvent[], options: RenderCalendarOptions): string {
  const zones = new Map<string, { from: Date; to: Date }>();
  for (const e of events) {
    for (const point of [e.start, e.end]) {
      const range = zones.get(point.timeZone);
      if (!range) zones.set(point.timeZone, { from: point.at, to: point.at });
      else {
        if (point.at < range.from) range.from = point.at;
        if (point.at > range.to) range.to = point.at;
      }
    }
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Karvan//Itinerary//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...[...zones.entries()].flatMap(([zone, range]) => vtimezone(zone, range.from, range.to)),
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcDateTime(options.dtstamp)}`,
      `DTSTART;TZID=${e.start.timeZone}:${localDateTime(e.start.at, e.start.timeZone)}`,
      `DTEND;TZID=${e.end.timeZone}:${localDateTime(e.end.at, e.end.timeZone)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** how long the check-in and check-out events last in the calendar */
const HOTEL_MOMENT_MINUTES = 30;

type ItineraryEventsOptions = {
  locale: Locale;
  /** default: the `documents` catalog of the locale */
  t?: MailTranslator;
};

/** One event per flight leg, hotel stay and transfer of the items not cancelled, in trip order. */
function itineraryEvents(itinerary: Itinerary, options: ItineraryEventsOptions): CalendarEvent[] {
  const t = options.t ?? mailTranslator(options.locale, 'documents');
  const events: Omit<CalendarEvent, 'uid'>[] = [];
  const referenceLine = t('ics.reference', { reference: itinerary.reference });
  for (const item of itinerary.items) {
    if (item.cancelledAt) continue;
    const names = item.passengers.map((p) => `${p.firstName} ${p.lastName}`).join(', ');
    const travellersLine = names ? t('ics.travellers', { names }) : null;
    const documentsLine = item.documents.length ? t('ics.documents', { documents: item.documents.join(', ') }) : null;
    if (item.flight) {
      for (const slice of item.flight.slices) {
        for (const leg of slice.segments) {
          events.push({
            start: { at: leg.departureAt, timeZone: leg.originTimeZone },
            end: { at: leg.arrivalAt, timeZone: leg.destinationTimeZone },
            summary: t('ics.flight', { flight: leg.flightNumber, origin: leg.origin.code, destination: leg.destination.code }),
            location: leg.origin.name ? `${leg.origin.name} (${leg.origin.code})` : leg.origin.code,
            description: lines(referenceLine, item.flight.airline.name, travellersLine, documentsLine),
          });
        }
      }
    } else if (item.hotel) {
      const h = item.hotel;
      const location = [h.name, h.address, h.city].filter(Boolean).join(', ');
      const description = lines(referenceLine, travellersLine, documentsLine);
      // A stay is two moments, not one busy block over every night: the check-in and the check-out,
      // each a short event at the hotel's local time, so the days between stay free in the calendar.
      for (const [at, key] of [[h.checkInAt, 'ics.hotelCheckIn'], [h.checkOutAt, 'ics.hotelCheckOut']] as const) {
        events.push({
          start: { at, timeZone: h.timeZone },
          end: { at: new Date(at.getTime() + HOTEL_MOMENT_MINUTES * MINUTE), timeZone: h.timeZone },
          summary: t(key, { hotel: h.name }),
          location,
          description,
        });
      }
    } else if (item.transfer) {
      const tr = item.transfer;
      events.push({
        start: { at: tr.pickupAt, timeZone: tr.pickupTimeZone },
        end: { at: new Date(tr.pickupAt.getTime() + Math.max(tr.durationMinutes, 1) * MINUTE), timeZone: tr.pickupTimeZone },
        summary: t('ics.transfer', { airport: tr.airport.code, zone: tr.zone }),
        location: `${tr.airport.name} (${tr.airport.code})`,
        description: lines(
          referenceLine,
          travellersLine,
          documentsLine,
          t('transfer.waiting', { minutes: tr.waiting.atMeetingPointMinutes, delayMinutes: tr.waiting.afterFlightDelayMinutes }),
        ),
      });
    }
  }
  return events.map((e, i) => ({ ...e, uid: `${itinerary.orderId}-${i + 1}@karvan` }));
}

function lines(...values: (string | null)[]): string {
  return values.filter((v): v is string => Boolean(v)).join('\n');
}

export type RenderItineraryIcsOptions = ItineraryEventsOptions & {
  /** default: when the order was issued (or placed), so every rendering of it is the same file */
  dtstamp?: Date;
};

export function renderItineraryIcs(itinerary: Itinerary, options: RenderItineraryIcsOptions): string {
  const t = options.t ?? mailTranslator(options.locale, 'documents');
  return renderCalendar(itineraryEvents(itinerary, { ...options, t }), {
    dtstamp: options.dtstamp ?? itinerary.issuedAt ?? itinerary.createdAt,
    name: t('ics.calendarName', { reference: itinerary.reference }),
  });
}
