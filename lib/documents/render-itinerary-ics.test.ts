import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, offsetTransitions, renderCalendar, renderItineraryIcs, vtimezone, type CalendarEvent } from './render-itinerary-ics';
import { flightItem, hotelItem, itineraryFixture, transferItem } from './test-factories';

/** Unfolds content lines (RFC 5545 3.1) after checking every physical line ends in CRLF. */
function unfold(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
}

type Observance = { start: string; from: number; to: number };

function parseOffset(value: string): number {
  const sign = value.startsWith('-') ? -1 : 1;
  return sign * (Number(value.slice(1, 3)) * 60 + Number(value.slice(3, 5)));
}

function localToUtcMs(local: string, offsetMinutes: number): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(local)!;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) - offsetMinutes * 60_000;
}

/**
 * A small reader of what the file says, independent of Intl: the VTIMEZONE observances of each TZID,
 * and each event's DTSTART/DTEND turned into instants with them, as a calendar app would.
 */
function readCalendar(ics: string) {
  const lines = unfold(ics);
  const zones = new Map<string, Observance[]>();
  const events: Record<string, string>[] = [];
  let zone: string | null = null;
  let observance: Partial<Observance> | null = null;
  let event: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') event = {};
    else if (line === 'END:VEVENT') {
      events.push(event!);
      event = null;
    } else if (event) {
      const colon = line.indexOf(':');
      event[line.slice(0, colon)] = line.slice(colon + 1);
    } else if (line.startsWith('TZID:')) {
      zone = line.slice(5);
      zones.set(zone, []);
    } else if (line === 'BEGIN:STANDARD' || line === 'BEGIN:DAYLIGHT') observance = {};
    else if (line === 'END:STANDARD' || line === 'END:DAYLIGHT') {
      zones.get(zone!)!.push(observance as Observance);
      observance = null;
    } else if (observance && line.startsWith('DTSTART:')) observance.start = line.slice(8);
    else if (observance && line.startsWith('TZOFFSETFROM:')) observance.from = parseOffset(line.slice(13));
    else if (observance && line.startsWith('TZOFFSETTO:')) observance.to = parseOffset(line.slice(11));
  }
  const instant = (key: string, e: Record<string, string>): { zone: string; local: string; at: Date } => {
    const property = Object.keys(e).find((k) => k.startsWith(`${key};TZID=`))!;
    const tz = property.slice(key.length + 6);
    const local = e[property]!;
    // The observance in force: the last one whose start (in its TZOFFSETFROM) is not after the time.
    const observances = zones.get(tz)!;
    let offset = observances[0]!.to;
    for (const o of observances) {
      if (localToUtcMs(o.start, o.from) <= localToUtcMs(local, o.to)) offset = o.to;
    }
    return { zone: tz, local, at: new Date(localToUtcMs(local, offset)) };
  };
  return { lines, zones, events: events.map((e) => ({ raw: e, start: instant('DTSTART', e), end: instant('DTEND', e) })) };
}

describe('the itinerary calendar', () => {
  const itinerary = itineraryFixture();
  const ics = renderItineraryIcs(itinerary, { locale: 'en' });

  it('has one event per flight leg, hotel check-in and check-out (issue 20: not one busy block) and transfer, with stable UIDs', () => {
    const { events } = readCalendar(ics);
    // 2 legs out (connection in Tashkent), 1 leg back, check-in and check-out of the stay, 1 transfer
    expect(events).toHaveLength(6);
    expect(events.map((e) => e.raw.UID)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `${itinerary.orderId}-${n}@karvan`));
    expect(events.map((e) => e.raw.SUMMARY)).toEqual([
      'Flight J2 31 GYD → TAS',
      'Flight HY 705 TAS → ALA',
      'Flight KC 112 ALA → GYD',
      'Check-in: Hotel Şəki Saray',
      'Check-out: Hotel Şəki Saray',
      'Transfer ALA → Medeu',
    ]);
    expect(renderItineraryIcs(itinerary, { locale: 'en' })).toBe(ics);
  });

  it('writes each time on the local clock of its place, with TZID, and the VTIMEZONE maps it back to the right instant', () => {
    const { events, zones } = readCalendar(ics);
    const [out1, out2, back, checkIn, checkOut, transfer] = events;
    expect(out1!.start).toMatchObject({ zone: 'Asia/Baku', local: '20261201T101500' });
    expect(out1!.end).toMatchObject({ zone: 'Asia/Tashkent', local: '20261201T120000' });
    expect(out2!.end).toMatchObject({ zone: 'Asia/Almaty', local: '20261201T154500' });
    expect(back!.start).toMatchObject({ zone: 'Asia/Almaty', local: '20261208T080000' });
    expect(back!.end).toMatchObject({ zone: 'Asia/Baku', local: '20261208T112000' });
    expect(checkIn!.start).toMatchObject({ zone: 'Asia/Almaty', local: '20261201T140000' });
    expect(checkIn!.end).toMatchObject({ zone: 'Asia/Almaty', local: '20261201T143000' });
    expect(checkOut!.start).toMatchObject({ zone: 'Asia/Almaty', local: '20261208T120000' });
    expect(checkOut!.end).toMatchObject({ zone: 'Asia/Almaty', local: '20261208T123000' });
    expect(transfer!.start).toMatchObject({ zone: 'Asia/Almaty', local: '20261201T160000' });
    expect(transfer!.end.local).toBe('20261201T164000');

    const legs = itinerary.items[0]!.flight!.slices.flatMap((s) => s.segments);
    expect(events.slice(0, 3).map((e) => [e.start.at.toISOString(), e.end.at.toISOString()])).toEqual(
      legs.map((l) => [l.departureAt.toISOString(), l.arrivalAt.toISOString()]),
    );
    expect(checkIn!.start.at.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(transfer!.start.at.toISOString()).toBe('2026-12-01T11:00:00.000Z');
    expect(zones.get('Asia/Baku')!.every((o) => o.to === 240)).toBe(true);
    expect(zones.get('Asia/Almaty')!.every((o) => o.to === 300)).toBe(true);
  });

  it('handles a zone with daylight saving time (Europe/Berlin), on both sides of the change', () => {
    const event = (uid: string, iso: string): CalendarEvent => ({
      uid,
      start: { at: new Date(iso), timeZone: 'Europe/Berlin' },
      end: { at: new Date(new Date(iso).getTime() + 3_600_000), timeZone: 'Europe/Berlin' },
      summary: uid,
    });
    const calendar = renderCalendar(
      [event('summer', '2026-07-15T08:00:00Z'), event('winter', '2026-12-15T09:00:00Z'), event('after-change', '2026-10-25T02:30:00Z')],
      { dtstamp: new Date('2026-06-01T00:00:00Z') },
    );
    const { events, zones, lines } = readCalendar(calendar);
    expect(events.map((e) => e.start.local)).toEqual(['20260715T100000', '20261215T100000', '20261025T033000']);
    expect(events.map((e) => e.start.at.toISOString())).toEqual(['2026-07-15T08:00:00.000Z', '2026-12-15T09:00:00.000Z', '2026-10-25T02:30:00.000Z']);
    // the changes of 2026: 29 March 02:00 (+01 → +02) and 25 October 03:00 (+02 → +01)
    expect(zones.get('Europe/Berlin')).toEqual(
      expect.arrayContaining([
        { start: '20260329T020000', from: 60, to: 120 },
        { start: '20261025T030000', from: 120, to: 60 },
      ]),
    );
    expect(lines).toContain('BEGIN:DAYLIGHT');
    expect(lines).toContain('BEGIN:STANDARD');
  });

  it('finds offset changes to the minute and none in zones without them', () => {
    expect(offsetTransitions('Asia/Baku', new Date('2025-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'))).toEqual([]);
    expect(offsetTransitions('Europe/Berlin', new Date('2026-01-01T00:00:00Z'), new Date('2026-12-31T00:00:00Z'))).toEqual([
      { at: new Date('2026-03-29T01:00:00Z'), from: 60, to: 120 },
      { at: new Date('2026-10-25T01:00:00Z'), from: 120, to: 60 },
    ]);
    const baku = vtimezone('Asia/Baku', new Date('2026-12-01T00:00:00Z'), new Date('2026-12-08T00:00:00Z'));
    expect(baku).toEqual(['BEGIN:VTIMEZONE', 'TZID:Asia/Baku', 'BEGIN:STANDARD', expect.stringMatching(/^DTSTART:2025/), 'TZOFFSETFROM:+0400', 'TZOFFSETTO:+0400', 'END:STANDARD', 'END:VTIMEZONE']);
  });

  it('uses CRLF and folds lines at 75 octets without splitting a character', () => {
    const long = 'Қазақстан, Алматы — Şəki Saray oteli; '.repeat(6);
    const calendar = renderCalendar(
      [{ uid: 'x@karvan', start: { at: new Date('2026-12-01T06:15:00Z'), timeZone: 'Asia/Almaty' }, end: { at: new Date('2026-12-01T07:15:00Z'), timeZone: 'Asia/Almaty' }, summary: 'S', description: long }],
      { dtstamp: new Date('2026-11-20T00:00:00Z') },
    );
    const physical = calendar.split('\r\n').slice(0, -1);
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(physical.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
    const description = readCalendar(calendar).events[0]!.raw.DESCRIPTION!;
    expect(description).toBe(escapeText(long));
    for (const line of renderItineraryIcs(itineraryFixture({ locale: 'kk' }), { locale: 'kk' }).split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  it('folds exactly: 75 octets on the first line, 74 plus the space after', () => {
    const line = `DESCRIPTION:${'a'.repeat(200)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded[0]).toHaveLength(75);
    expect(folded[1]).toHaveLength(75);
    expect(folded[1]!.startsWith(' ')).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
    // a two-octet letter that would straddle the limit moves to the next line whole
    const cyrillic = foldLine(`X:${'ж'.repeat(40)}`).split('\r\n');
    expect(Buffer.byteLength(cyrillic[0]!, 'utf8')).toBe(74);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeText('a, b; c \\ d\nnew\r\nline')).toBe('a\\, b\\; c \\\\ d\\nnew\\nline');
    const calendar = renderItineraryIcs(
      itineraryFixture({ items: [hotelItem({ hotel: { ...hotelItem().hotel!, name: 'Inn; Bar, \\Spa' } })] }),
      { locale: 'en' },
    );
    const { events } = readCalendar(calendar);
    expect(events[0]!.raw.SUMMARY).toBe('Check-in: Inn\\; Bar\\, \\\\Spa');
    expect(events[0]!.raw.DESCRIPTION).toContain('\\n');
  });

  it('leaves cancelled items out and speaks the order’s language', () => {
    const calendar = renderItineraryIcs(
      itineraryFixture({ items: [flightItem({ cancelledAt: new Date('2026-11-21T00:00:00Z') }), hotelItem(), transferItem()] }),
      { locale: 'ru' },
    );
    const { events } = readCalendar(calendar);
    expect(events.map((e) => e.raw.SUMMARY)).toEqual(['Заселение: Hotel Şəki Saray', 'Выезд: Hotel Şəki Saray', 'Трансфер ALA → Medeu']);
    expect(events.map((e) => e.raw.UID)).toEqual([1, 2, 3].map((n) => `${itineraryFixture().orderId}-${n}@karvan`));
  });

  it('does not depend on the server’s own time zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(renderItineraryIcs(itinerary, { locale: 'en' })).toBe(ics);
      process.env.TZ = 'Asia/Almaty';
      expect(renderItineraryIcs(itinerary, { locale: 'en' })).toBe(ics);
    } finally {
      process.env.TZ = before;
    }
  });
});
