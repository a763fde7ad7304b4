import 'server-only';
import { db } from '@/lib/db/client';
import { CURRENT_FEE_SCHEDULE, type FeeSchedule } from '@/lib/rules';
import { latestDisplayRates } from './latest-display-rates';
import { loadCurrentFeeSchedule } from './load-current-fee-schedule';
import type { DisplayPricing } from './traveller-price';

// The schedule changes when an admin publishes one; like the rates, each process keeps it a few
// minutes so a results page does not query it for every render (README's per-process caches).
const SCHEDULE_TTL_MS = 5 * 60_000;
let scheduleCache: { at: number; schedule: Promise<FeeSchedule> } | undefined;

function currentSchedule(now: number): Promise<FeeSchedule> {
  if (!scheduleCache || now - scheduleCache.at > SCHEDULE_TTL_MS) {
    scheduleCache = { at: now, schedule: loadCurrentFeeSchedule(db).catch(() => CURRENT_FEE_SCHEDULE) };
  }
  return scheduleCache.schedule;
}

/** Rates and the fee schedule in force, for the totals of results pages (travellerPrice). */
export async function latestDisplayPricing(now = Date.now()): Promise<DisplayPricing> {
  const [rates, schedule] = await Promise.all([latestDisplayRates(now), currentSchedule(now)]);
  return { rates, schedule };
}
