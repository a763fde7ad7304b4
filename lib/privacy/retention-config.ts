import { z } from 'zod';

/**
 * Retention periods (Privacy Policy 7). The trip period is configurable with
 * PRIVACY_TRIP_RETENTION_DAYS (default 1095 days = 3 years after the trip ends); the others are
 * promises of the policy and fixed here.
 */
export const ACCOUNT_RESTORE_DAYS = 30;
const DEFAULT_TRIP_RETENTION_DAYS = 3 * 365;
/** Anonymous cookie-choice records older than the choice itself (13 months) are purged. */
export const COOKIE_RECORD_RETENTION_DAYS = 396;

const days = z.coerce.number().int().min(30).max(36500);

export function tripRetentionDays(source: Record<string, string | undefined> = process.env): number {
  const raw = source.PRIVACY_TRIP_RETENTION_DAYS;
  if (raw === undefined || raw === '') return DEFAULT_TRIP_RETENTION_DAYS;
  const parsed = days.safeParse(raw);
  if (!parsed.success) throw new Error('PRIVACY_TRIP_RETENTION_DAYS must be a whole number of days between 30 and 36500');
  return parsed.data;
}

/** Whole years when the period is a multiple of 365 days, for the text of My data. */
export function retentionYears(daysValue: number = tripRetentionDays()): number | null {
  return daysValue % 365 === 0 ? daysValue / 365 : null;
}
