import { RulesError } from './errors';

export const HOUR_MS = 3_600_000;

/**
 * Windows are measured between instants (milliseconds since the epoch), never between wall-clock
 * readings, so a daylight-saving change or the server's time zone cannot move a deadline.
 */
export function requireInstant(value: Date, name: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RulesError('INVALID_DATE', `${name} is not a valid instant`);
  return ms;
}

export function hoursBefore(instantMs: number, hours: number): Date {
  return new Date(instantMs - hours * HOUR_MS);
}
