/**
 * Time-zone arithmetic on IANA zones with nothing but Intl. Times in the catalog are instants
 * (UTC) plus the zone of the place they happen; a schedule's local time becomes an instant here.
 *
 * Local dates are 'YYYY-MM-DD' strings and local times 'HH:MM': plain values that cannot be
 * mistaken for instants.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// Offsets change at most a few times a year, always on a quarter hour: caching per zone and
// quarter hour makes the generator's ~150k conversions cheap.
const offsetCache = new Map<string, number>();
const QUARTER = 15 * MINUTE;

/** Offset of the zone's wall clock from UTC at that instant, in minutes (Baku: +240). */
export function tzOffsetMinutes(timeZone: string, instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const slot = Math.floor(ms / QUARTER);
  const key = `${timeZone}|${slot}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const at = slot * QUARTER;
  const f = formatterFor(timeZone);
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(at)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  const offset = Math.round((asUtc - at) / MINUTE);
  if (offsetCache.size > 200_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

function parseDate(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a local date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function parseTime(time: string): [number, number] {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new RangeError(`not a local time: ${time}`);
  return [Number(m[1]), Number(m[2])];
}

/**
 * The instant at which the wall clock of `timeZone` shows `date time`.
 * Like Temporal's 'compatible' disambiguation: in a backward shift (the hour that happens twice)
 * the earlier instant; in a forward gap (the hour that never happens) the time is moved forward
 * by the gap (02:30 on a spring-forward night in Europe becomes 03:30).
 */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = parseDate(date);
  const [h, mi] = parseTime(time);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const before = tzOffsetMinutes(timeZone, wall - DAY);
  const after = tzOffsetMinutes(timeZone, wall + DAY);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => wall - tzOffsetMinutes(timeZone, instant) * MINUTE === instant)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return new Date(candidates[0]!);
  return new Date(wall - before * MINUTE);
}

export type ZonedParts = {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM' */
  time: string;
  /** minutes after local midnight */
  minuteOfDay: number;
  /** ISO weekday, Monday = 1 … Sunday = 7 */
  weekday: number;
  offsetMinutes: number;
};

const pad2 = (n: number) => String(n).padStart(2, '0');

/** What the wall clock of `timeZone` shows at the instant. */
export function utcToZoned(instant: Date | number, timeZone: string): ZonedParts {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const offsetMinutes = tzOffsetMinutes(timeZone, ms);
  const local = new Date(ms + offsetMinutes * MINUTE);
  const date = `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`;
  const hours = local.getUTCHours();
  const minutes = local.getUTCMinutes();
  return {
    date,
    time: `${pad2(hours)}:${pad2(minutes)}`,
    minuteOfDay: hours * 60 + minutes,
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
    offsetMinutes,
  };
}

/** '+04:00', '-03:30', 'Z'-less so it reads well next to a local time. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

export function addDays(date: string, days: number): string {
  const [y, mo, d] = parseDate(date);
  const t = new Date(Date.UTC(y, mo - 1, d) + days * DAY);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/** Whole days from `from` to `to` (both local dates). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parseDate(from);
  const [y2, m2, d2] = parseDate(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY);
}

/** ISO weekday of a local date, Monday = 1 … Sunday = 7. */
export function isoWeekday(date: string): number {
  const [y, mo, d] = parseDate(date);
  return ((new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7) + 1;
}

export function isLocalDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return t.getUTCFullYear() === Number(m[1]) && t.getUTCMonth() + 1 === Number(m[2]) && t.getUTCDate() === Number(m[3]);
}

/** Today's date on the wall clock of the zone (UTC by default). */
export function localDateOf(instant: Date | number, timeZone = 'UTC'): string {
  return utcToZoned(instant, timeZone).date;
}
