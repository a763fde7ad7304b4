import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatOffset, isLocalDate, isoWeekday, tzOffsetMinutes, utcToZoned, zonedTimeToUtc } from './tz';

describe('zonedTimeToUtc', () => {
  it('converts zones without daylight saving', () => {
    expect(zonedTimeToUtc('2027-07-01', '08:00', 'Asia/Baku').toISOString()).toBe('2027-07-01T04:00:00.000Z');
    expect(zonedTimeToUtc('2027-01-01', '08:00', 'Asia/Baku').toISOString()).toBe('2027-01-01T04:00:00.000Z');
    // Kazakhstan moved to a single UTC+5 zone on 1 March 2024.
    expect(zonedTimeToUtc('2026-12-01', '07:30', 'Asia/Almaty').toISOString()).toBe('2026-12-01T02:30:00.000Z');
    expect(zonedTimeToUtc('2026-12-01', '10:00', 'Asia/Kolkata').toISOString()).toBe('2026-12-01T04:30:00.000Z');
  });

  it('follows European summer time', () => {
    // Summer time 2027 starts on Sunday 28 March at 01:00 UTC.
    expect(zonedTimeToUtc('2027-03-27', '10:00', 'Europe/London').toISOString()).toBe('2027-03-27T10:00:00.000Z');
    expect(zonedTimeToUtc('2027-03-28', '10:00', 'Europe/London').toISOString()).toBe('2027-03-28T09:00:00.000Z');
    expect(zonedTimeToUtc('2027-03-27', '10:00', 'Europe/Berlin').toISOString()).toBe('2027-03-27T09:00:00.000Z');
    expect(zonedTimeToUtc('2027-03-29', '10:00', 'Europe/Berlin').toISOString()).toBe('2027-03-29T08:00:00.000Z');
  });

  it('moves a time in the spring-forward gap forward, and takes the first of a repeated hour', () => {
    // 01:30 does not exist in London on 28 March 2027: it becomes 02:30 BST = 01:30 UTC.
    expect(zonedTimeToUtc('2027-03-28', '01:30', 'Europe/London').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    // 01:30 happens twice on 25 October 2026: the first time is still BST.
    expect(zonedTimeToUtc('2026-10-25', '01:30', 'Europe/London').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips with utcToZoned', () => {
    for (const tz of ['Asia/Baku', 'Europe/Istanbul', 'Europe/Riga', 'Asia/Aqtau', 'Asia/Kolkata', 'Europe/London']) {
      for (const date of ['2026-11-23', '2027-03-28', '2027-05-20']) {
        const instant = zonedTimeToUtc(date, '18:45', tz);
        const back = utcToZoned(instant, tz);
        expect(back.date).toBe(date);
        expect(back.time).toBe('18:45');
      }
    }
  });
});

describe('utcToZoned', () => {
  it('crosses midnight into the next local day', () => {
    const local = utcToZoned(new Date('2026-12-01T21:30:00Z'), 'Asia/Almaty');
    expect(local).toMatchObject({ date: '2026-12-02', time: '02:30', minuteOfDay: 150, weekday: 3, offsetMinutes: 300 });
  });

  it('reports offsets', () => {
    expect(tzOffsetMinutes('Europe/London', Date.parse('2027-07-01T00:00:00Z'))).toBe(60);
    expect(tzOffsetMinutes('Asia/Baku', Date.parse('2027-07-01T00:00:00Z'))).toBe(240);
    expect(formatOffset(240)).toBe('+04:00');
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(-150)).toBe('-02:30');
  });
});

describe('local dates', () => {
  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysBetween('2026-11-23', '2027-05-22')).toBe(180);
  });

  it('knows weekdays and validates dates', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-2-1')).toBe(false);
  });
});

describe('in a host time zone other than UTC', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('gives the same answers', () => {
    process.env.TZ = 'America/New_York';
    expect(new Date('2027-01-01T00:00:00Z').getTimezoneOffset()).toBe(300);
    expect(zonedTimeToUtc('2027-03-28', '10:00', 'Europe/London').toISOString()).toBe('2027-03-28T09:00:00.000Z');
    expect(utcToZoned(new Date('2026-12-01T21:30:00Z'), 'Asia/Almaty').date).toBe('2026-12-02');
    expect(addDays('2027-03-13', 1)).toBe('2027-03-14');
  });
});
