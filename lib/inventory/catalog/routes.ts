import { AIRLINE_DEFS, airlineOf } from './airlines';
import { airportOf, distanceKm } from './geo';
import { rngFor } from './prng';
import { tzOffsetMinutes, utcToZoned, zonedTimeToUtc } from './tz';
import type { FlightRouteRow } from './types';

/**
 * The network: [airline, from, to, rotations per day]. Each rotation is a flight out and the
 * same aircraft's flight back. A fraction means "some days a week": 0.4 ≈ 3 days.
 * Roughly the carriers' real networks around their hubs, thinned or thickened to taste.
 */
type RouteSpec = [airline: string, from: string, to: string, perDay: number];

const NETWORK: RouteSpec[] = [
  // Azerbaijan Airlines, hub Baku
  ['J2', 'GYD', 'NAJ', 4], ['J2', 'GYD', 'GNJ', 1], ['J2', 'GYD', 'GBB', 0.5], ['J2', 'GYD', 'LLK', 0.3],
  ['J2', 'GYD', 'ZTU', 0.3], ['J2', 'GYD', 'FZL', 0.5], ['J2', 'GYD', 'IST', 3], ['J2', 'GYD', 'SAW', 1],
  ['J2', 'GYD', 'ESB', 0.6], ['J2', 'GYD', 'AYT', 1], ['J2', 'GYD', 'DXB', 2], ['J2', 'GYD', 'TBS', 1],
  ['J2', 'GYD', 'ALA', 0.6], ['J2', 'GYD', 'NQZ', 0.5], ['J2', 'GYD', 'SCO', 1], ['J2', 'GYD', 'GUW', 0.3],
  ['J2', 'GYD', 'TAS', 1], ['J2', 'GYD', 'FRU', 0.4], ['J2', 'GYD', 'DOH', 1], ['J2', 'GYD', 'LHR', 0.6],
  ['J2', 'GYD', 'CDG', 0.5], ['J2', 'GYD', 'MXP', 0.5], ['J2', 'GYD', 'VIE', 0.3], ['J2', 'GYD', 'PRG', 0.3],
  ['J2', 'GYD', 'FRA', 0.4], ['J2', 'GYD', 'DEL', 0.6], ['J2', 'GYD', 'BKK', 0.3], ['J2', 'GYD', 'BUS', 0.4],
  ['J2', 'GYD', 'SKD', 0.3], ['J2', 'NAJ', 'IST', 0.4], ['J2', 'GNJ', 'IST', 0.3],
  // Air Astana, hubs Almaty and Astana
  ['KC', 'ALA', 'NQZ', 5], ['KC', 'ALA', 'CIT', 2], ['KC', 'ALA', 'SCO', 1], ['KC', 'ALA', 'GUW', 1],
  ['KC', 'ALA', 'AKX', 0.6], ['KC', 'ALA', 'UKK', 1], ['KC', 'ALA', 'KGF', 1], ['KC', 'ALA', 'PWQ', 0.5],
  ['KC', 'ALA', 'KSN', 0.4], ['KC', 'ALA', 'URA', 0.4], ['KC', 'ALA', 'KZO', 0.5], ['KC', 'ALA', 'HSA', 0.3],
  ['KC', 'NQZ', 'SCO', 1], ['KC', 'NQZ', 'GUW', 1], ['KC', 'NQZ', 'CIT', 1], ['KC', 'NQZ', 'KSN', 0.5],
  ['KC', 'NQZ', 'URA', 0.5], ['KC', 'NQZ', 'AKX', 0.5], ['KC', 'NQZ', 'UKK', 0.5], ['KC', 'NQZ', 'KZO', 0.3],
  ['KC', 'ALA', 'IST', 1], ['KC', 'NQZ', 'IST', 0.6], ['KC', 'ALA', 'DXB', 1], ['KC', 'NQZ', 'DXB', 0.6],
  ['KC', 'ALA', 'TBS', 0.4], ['KC', 'ALA', 'GYD', 0.5], ['KC', 'NQZ', 'GYD', 0.3], ['KC', 'ALA', 'TAS', 1],
  ['KC', 'NQZ', 'TAS', 0.4], ['KC', 'ALA', 'FRA', 0.4], ['KC', 'NQZ', 'FRA', 0.4], ['KC', 'NQZ', 'LHR', 0.3],
  ['KC', 'ALA', 'ICN', 1], ['KC', 'ALA', 'PEK', 0.6], ['KC', 'NQZ', 'PEK', 0.3], ['KC', 'ALA', 'DEL', 0.6],
  ['KC', 'ALA', 'BKK', 0.4], ['KC', 'ALA', 'URC', 0.3], ['KC', 'ALA', 'AYT', 0.4],
  // FlyArystan, low cost, bases Almaty, Astana, Shymkent
  ['FS', 'ALA', 'NQZ', 3], ['FS', 'ALA', 'CIT', 2], ['FS', 'ALA', 'SCO', 1], ['FS', 'ALA', 'GUW', 1],
  ['FS', 'ALA', 'AKX', 1], ['FS', 'ALA', 'KZO', 1], ['FS', 'ALA', 'HSA', 1], ['FS', 'ALA', 'DMB', 0.6],
  ['FS', 'ALA', 'URA', 0.6], ['FS', 'ALA', 'KSN', 0.6], ['FS', 'ALA', 'PWQ', 0.6], ['FS', 'ALA', 'UKK', 0.6],
  ['FS', 'NQZ', 'CIT', 1.5], ['FS', 'NQZ', 'HSA', 0.6], ['FS', 'NQZ', 'SCO', 1], ['FS', 'NQZ', 'AKX', 1],
  ['FS', 'NQZ', 'GUW', 1], ['FS', 'NQZ', 'KZO', 0.5], ['FS', 'NQZ', 'DMB', 0.4], ['FS', 'CIT', 'SCO', 0.5],
  ['FS', 'CIT', 'GUW', 0.4], ['FS', 'ALA', 'KUT', 0.4], ['FS', 'NQZ', 'KUT', 0.3], ['FS', 'ALA', 'SAW', 0.6],
  ['FS', 'CIT', 'SAW', 0.3], ['FS', 'ALA', 'SHJ', 0.6], ['FS', 'CIT', 'SHJ', 0.3], ['FS', 'ALA', 'TAS', 0.5],
  ['FS', 'ALA', 'SKD', 0.3], ['FS', 'ALA', 'BUS', 0.3],
  // SCAT, hub Shymkent
  ['DV', 'CIT', 'NQZ', 1], ['DV', 'CIT', 'ALA', 1], ['DV', 'CIT', 'SCO', 0.6], ['DV', 'CIT', 'GUW', 0.5],
  ['DV', 'CIT', 'AKX', 0.4], ['DV', 'NQZ', 'SCO', 0.4], ['DV', 'NQZ', 'URA', 0.3], ['DV', 'ALA', 'DMB', 0.3],
  ['DV', 'CIT', 'IST', 0.4], ['DV', 'NQZ', 'TBS', 0.4], ['DV', 'CIT', 'DXB', 0.5], ['DV', 'NQZ', 'AYT', 0.3],
  ['DV', 'CIT', 'KZO', 0.3], ['DV', 'NQZ', 'BUS', 0.3], ['DV', 'SCO', 'GYD', 0.3],
  // Uzbekistan Airways, hub Tashkent
  ['HY', 'TAS', 'SKD', 2], ['HY', 'TAS', 'BHK', 1], ['HY', 'TAS', 'UGC', 1], ['HY', 'TAS', 'FEG', 1],
  ['HY', 'TAS', 'IST', 1], ['HY', 'TAS', 'DXB', 1], ['HY', 'TAS', 'GYD', 0.4], ['HY', 'TAS', 'ALA', 0.6],
  ['HY', 'TAS', 'NQZ', 0.4], ['HY', 'TAS', 'TBS', 0.3], ['HY', 'TAS', 'FRA', 0.4], ['HY', 'TAS', 'LHR', 0.3],
  ['HY', 'TAS', 'CDG', 0.3], ['HY', 'TAS', 'DEL', 0.6], ['HY', 'TAS', 'ICN', 0.6], ['HY', 'TAS', 'PEK', 0.3],
  ['HY', 'TAS', 'RIX', 0.3], ['HY', 'TAS', 'MXP', 0.3], ['HY', 'TAS', 'BKK', 0.3], ['HY', 'SKD', 'IST', 0.4],
  // Turkish Airlines, hub Istanbul
  ['TK', 'IST', 'GYD', 3], ['TK', 'IST', 'NAJ', 0.6], ['TK', 'IST', 'GNJ', 0.4], ['TK', 'IST', 'ALA', 2],
  ['TK', 'IST', 'NQZ', 1], ['TK', 'IST', 'CIT', 0.5], ['TK', 'IST', 'SCO', 0.4], ['TK', 'IST', 'GUW', 0.3],
  ['TK', 'IST', 'TBS', 3], ['TK', 'IST', 'BUS', 1], ['TK', 'IST', 'TAS', 1.5], ['TK', 'IST', 'SKD', 0.4],
  ['TK', 'IST', 'BHK', 0.3], ['TK', 'IST', 'FRU', 1], ['TK', 'IST', 'OSS', 0.3], ['TK', 'IST', 'DXB', 3],
  ['TK', 'IST', 'DOH', 1], ['TK', 'IST', 'FRA', 3], ['TK', 'IST', 'LHR', 3], ['TK', 'IST', 'CDG', 3],
  ['TK', 'IST', 'VIE', 2], ['TK', 'IST', 'WAW', 1], ['TK', 'IST', 'RIX', 1], ['TK', 'IST', 'PRG', 1],
  ['TK', 'IST', 'MXP', 2], ['TK', 'IST', 'DEL', 1], ['TK', 'IST', 'ICN', 1], ['TK', 'IST', 'PEK', 1],
  ['TK', 'IST', 'BKK', 1], ['TK', 'IST', 'URC', 0.3], ['TK', 'IST', 'AYT', 3], ['TK', 'IST', 'ESB', 3],
  // Pegasus, low cost, Istanbul Sabiha Gökçen
  ['PC', 'SAW', 'GYD', 1], ['PC', 'SAW', 'ALA', 1], ['PC', 'SAW', 'NQZ', 0.6], ['PC', 'SAW', 'CIT', 0.4],
  ['PC', 'SAW', 'SCO', 0.3], ['PC', 'SAW', 'TBS', 1], ['PC', 'SAW', 'TAS', 0.6], ['PC', 'SAW', 'FRU', 0.4],
  ['PC', 'SAW', 'AYT', 2], ['PC', 'SAW', 'ESB', 2], ['PC', 'SAW', 'DXB', 1], ['PC', 'SAW', 'FRA', 1],
  ['PC', 'SAW', 'VIE', 1], ['PC', 'SAW', 'PRG', 0.5], ['PC', 'SAW', 'NAJ', 0.3],
  // flydubai, hub Dubai
  ['FZ', 'DXB', 'GYD', 2], ['FZ', 'DXB', 'ALA', 1], ['FZ', 'DXB', 'NQZ', 0.6], ['FZ', 'DXB', 'CIT', 0.4],
  ['FZ', 'DXB', 'TBS', 1.5], ['FZ', 'DXB', 'BUS', 0.5], ['FZ', 'DXB', 'KUT', 0.4], ['FZ', 'DXB', 'TAS', 1],
  ['FZ', 'DXB', 'SKD', 0.4], ['FZ', 'DXB', 'FRU', 0.6], ['FZ', 'DXB', 'OSS', 0.3], ['FZ', 'DXB', 'SAW', 2],
  ['FZ', 'DXB', 'PRG', 0.6], ['FZ', 'DXB', 'WAW', 0.6], ['FZ', 'DXB', 'RIX', 0.4], ['FZ', 'DXB', 'DEL', 1],
  ['FZ', 'DXB', 'BKK', 1], ['FZ', 'DXB', 'DOH', 1], ['FZ', 'DXB', 'AYT', 0.5], ['FZ', 'DXB', 'ESB', 0.4],
  // Georgian Airways, hub Tbilisi
  ['A9', 'TBS', 'VIE', 0.4], ['A9', 'TBS', 'PRG', 0.3], ['A9', 'TBS', 'MXP', 0.3], ['A9', 'TBS', 'CDG', 0.3],
  ['A9', 'TBS', 'WAW', 0.3],
  // Qatar Airways, hub Doha
  ['QR', 'DOH', 'GYD', 1], ['QR', 'DOH', 'ALA', 1], ['QR', 'DOH', 'NQZ', 0.4], ['QR', 'DOH', 'TBS', 1],
  ['QR', 'DOH', 'TAS', 0.6], ['QR', 'DOH', 'LHR', 2], ['QR', 'DOH', 'CDG', 1], ['QR', 'DOH', 'FRA', 1],
  ['QR', 'DOH', 'DEL', 1], ['QR', 'DOH', 'BKK', 1], ['QR', 'DOH', 'ICN', 0.6], ['QR', 'DOH', 'PEK', 0.6],
  ['QR', 'DOH', 'IST', 1],
  // European carriers from their hubs into the region
  ['LH', 'FRA', 'ALA', 0.4], ['LH', 'FRA', 'NQZ', 0.3], ['LH', 'FRA', 'TBS', 0.4], ['LH', 'FRA', 'LHR', 2],
  ['LH', 'FRA', 'CDG', 1], ['LH', 'FRA', 'VIE', 1], ['LH', 'FRA', 'WAW', 1], ['LH', 'FRA', 'PRG', 1],
  ['LH', 'FRA', 'MXP', 1], ['LH', 'FRA', 'IST', 1], ['LH', 'FRA', 'DEL', 0.6],
  ['LO', 'WAW', 'TBS', 0.4], ['LO', 'WAW', 'NQZ', 0.3], ['LO', 'WAW', 'TAS', 0.3], ['LO', 'WAW', 'LHR', 1],
  ['LO', 'WAW', 'CDG', 1], ['LO', 'WAW', 'PRG', 0.6], ['LO', 'WAW', 'RIX', 0.6],
  ['BT', 'RIX', 'TBS', 0.3], ['BT', 'RIX', 'GYD', 0.3], ['BT', 'RIX', 'TAS', 0.3], ['BT', 'RIX', 'LHR', 1],
  ['BT', 'RIX', 'CDG', 0.6], ['BT', 'RIX', 'FRA', 0.6], ['BT', 'RIX', 'VIE', 0.6],
  ['OS', 'VIE', 'GYD', 0.3], ['OS', 'VIE', 'TBS', 0.4], ['OS', 'VIE', 'LHR', 1], ['OS', 'VIE', 'CDG', 1],
  ['OS', 'VIE', 'FRA', 1], ['OS', 'VIE', 'MXP', 0.6], ['OS', 'VIE', 'IST', 0.6],
];

// A schedule's local times are fixed per route; the return leg's local time is worked out once,
// on this winter reference day, so summer-time shifts show up as they do in real timetables.
const REFERENCE_DATE = '2026-01-14';

const round5 = (n: number) => Math.round(n / 5) * 5;
const hhmm = (minuteOfDay: number) =>
  `${String(Math.floor(minuteOfDay / 60) % 24).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

/** Typical block time: taxi + climb allowance, cruise speed by stage length, prevailing westerlies. */
function blockMinutes(fromCode: string, toCode: string): number {
  const from = airportOf(fromCode);
  const to = airportOf(toCode);
  const km = distanceKm(from, to);
  const speed = km < 800 ? 600 : km < 2500 ? 740 : 820;
  const westbound = to.lon < from.lon;
  const wind = westbound ? 1.06 : 0.96;
  return Math.max(45, round5((25 + (km / speed) * 60) * wind));
}

function observesDst(timeZone: string): boolean {
  return (
    tzOffsetMinutes(timeZone, Date.UTC(2026, 0, 15)) !== tzOffsetMinutes(timeZone, Date.UTC(2026, 6, 15))
  );
}

/**
 * Where clocks change, nothing is scheduled between 01:00 and 04:00 local: those times are
 * skipped or repeated on the changeover nights (airlines avoid them for the same reason).
 */
function avoidClockChangeHours(minuteOfDay: number, timeZone: string): number {
  if (minuteOfDay >= 60 && minuteOfDay < 240 && observesDst(timeZone)) return 240 + (minuteOfDay % 60);
  return minuteOfDay;
}

function weekdays(perDayFraction: number, rng: ReturnType<typeof rngFor>): number[] {
  const count = Math.min(7, Math.max(1, Math.round(perDayFraction * 7)));
  if (count === 7) return [1, 2, 3, 4, 5, 6, 7];
  return rng.sample([1, 2, 3, 4, 5, 6, 7], count).sort((a, b) => a - b);
}

/**
 * Scheduled routes (one row per flight number and direction) with their weekly days and local
 * departure times. Ids are stable for a seed: the order of NETWORK.
 */
export function generateFlightRoutes(seed: number): FlightRouteRow[] {
  const rows: FlightRouteRow[] = [];
  const nextNumber = new Map(AIRLINE_DEFS.map((a) => [a.code, a.firstNumber]));
  let id = 1;
  for (const [airlineCode, from, to, perDay] of NETWORK) {
    const airline = airlineOf(airlineCode);
    const origin = airportOf(from);
    const destination = airportOf(to);
    const km = Math.round(distanceKm(origin, destination));
    const aircraft = km <= 1500 ? airline.fleet[0] : km <= 4000 ? airline.fleet[1] : airline.fleet[2];
    const outBlock = blockMinutes(from, to);
    const backBlock = blockMinutes(to, from);
    const rotations = Math.ceil(perDay);
    // Daily rotations spread over the operating day; the first starts between 05:30 and 10:00.
    const rng = rngFor(seed, 'route', airlineCode, from, to);
    const first = rng.int(66, 120) * 5;
    const spacing = rotations > 1 ? Math.floor((17 * 60) / rotations) : 0;
    for (let r = 0; r < rotations; r++) {
      const fraction = r < Math.floor(perDay) ? 1 : perDay - Math.floor(perDay);
      const days = fraction >= 1 ? [1, 2, 3, 4, 5, 6, 7] : weekdays(fraction, rng);
      let depMinute = first + r * spacing + rng.int(-6, 6) * 5;
      // Some long eastbound flights leave late at night, as they do out of the region's hubs.
      if (rotations === 1 && km > 3000 && destination.lon > origin.lon && rng.chance(0.35)) depMinute = rng.int(-12, 30) * 5; // 23:00–02:30, eastbound
      depMinute = avoidClockChangeHours(((depMinute % 1440) + 1440) % 1440, origin.timeZone);
      const departureTime = hhmm(depMinute);

      // Return leg: the same aircraft, after a turnaround at the destination.
      const turn = km < 2500 ? rng.int(10, 18) * 5 : rng.int(15, 30) * 5;
      const outDep = zonedTimeToUtc(REFERENCE_DATE, departureTime, origin.timeZone);
      const backDepInstant = outDep.getTime() + (outBlock + turn) * 60_000;
      const backLocal = utcToZoned(backDepInstant, destination.timeZone);
      const dayShift = backLocal.date === REFERENCE_DATE ? 0 : backLocal.date > REFERENCE_DATE ? 1 : -1;
      const backDays = days.map((d) => ((d - 1 + dayShift + 7) % 7) + 1).sort((a, b) => a - b);
      const backTime = hhmm(avoidClockChangeHours(round5(backLocal.minuteOfDay) % 1440, destination.timeZone));

      const number = nextNumber.get(airlineCode)!;
      nextNumber.set(airlineCode, number + 2);
      rows.push({
        id: id++,
        airlineCode,
        flightNumber: `${airlineCode} ${number}`,
        origin: from,
        destination: to,
        days,
        departureTime,
        blockMinutes: outBlock,
        distanceKm: km,
        aircraft,
      });
      rows.push({
        id: id++,
        airlineCode,
        flightNumber: `${airlineCode} ${number + 1}`,
        origin: to,
        destination: from,
        days: backDays,
        departureTime: backTime,
        blockMinutes: backBlock,
        distanceKm: km,
        aircraft,
      });
    }
  }
  return rows;
}
