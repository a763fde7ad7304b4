import { HOUR_MS, requireInstant } from './instants';
import type { ReasonCode } from './reasons';
import type { WindowCheck } from './types';

type WindowInput = {
  eventAt: Date;
  at: Date;
  hoursBefore: number;
  /** True for "at least / up to N hours before" (the cutoff itself is allowed), false for "more than". */
  cutoffAllowed: boolean;
  clause: string;
  open: ReasonCode;
  closed: ReasonCode;
};

export function windowCheck(input: WindowInput): WindowCheck {
  const atMs = requireInstant(input.at, 'at');
  const cutoffMs = requireInstant(input.eventAt, 'pickupAt') - input.hoursBefore * HOUR_MS;
  const latestMs = input.cutoffAllowed ? cutoffMs : cutoffMs - 1;
  const allowed = atMs <= latestMs;
  return {
    allowed,
    latestAt: new Date(latestMs),
    cutoffAt: new Date(cutoffMs),
    hoursBefore: input.hoursBefore,
    clause: input.clause,
    reason: allowed ? input.open : input.closed,
  };
}
