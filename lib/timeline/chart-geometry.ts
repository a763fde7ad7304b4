/**
 * Where the refund timeline's steps go in the SVG: pure arithmetic over the view model, so the drawing
 * adds nothing to what the rules quoted. Coordinates are in the viewBox; the SVG scales to any width.
 */
import type { RefundTimeline } from './refund-timeline';

export const CHART = { width: 640, labelHeight: 26, laneHeight: 64, gap: 18, left: 8, right: 8 } as const;

type LaneBar = { x: number; width: number; refundY: number; refundHeight: number; keptHeight: number; top: number };
export type Lane = { key: string; top: number; bars: LaneBar[] };

export function xOf(timeline: RefundTimeline, at: Date): number {
  const span = Math.max(1, timeline.end.getTime() - timeline.now.getTime());
  const share = Math.min(1, Math.max(0, (at.getTime() - timeline.now.getTime()) / span));
  return CHART.left + share * (CHART.width - CHART.left - CHART.right);
}

function lane(timeline: RefundTimeline, key: string, index: number, paid: number, steps: { from: Date; to: Date; refund: { amount: number } }[]): Lane {
  const top = index * (CHART.labelHeight + CHART.laneHeight + CHART.gap) + CHART.labelHeight;
  const scale = paid > 0 ? CHART.laneHeight / paid : 0;
  const bars = steps.map((s) => {
    const x = xOf(timeline, s.from);
    const refundHeight = s.refund.amount * scale;
    return { x, width: Math.max(1, xOf(timeline, s.to) - x), refundY: top + CHART.laneHeight - refundHeight, refundHeight, keptHeight: CHART.laneHeight - refundHeight, top };
  });
  return { key, top, bars };
}

/** One lane per item, then one per currency of the whole trip. */
export function chartLanes(timeline: RefundTimeline): { lanes: Lane[]; height: number; deadlines: number[] } {
  const lanes = [
    ...timeline.items.map((item, i) => lane(timeline, item.id, i, item.paid.amount, item.steps)),
    ...timeline.trip.map((t, i) => lane(timeline, `trip-${t.currency}`, timeline.items.length + i, t.paid.amount, t.steps)),
  ];
  const deadlines = [...new Set(timeline.items.flatMap((item) => item.steps.slice(1).map((s) => s.deadline.getTime())))].sort((a, b) => a - b);
  const height = lanes.length * (CHART.labelHeight + CHART.laneHeight + CHART.gap);
  return { lanes, height, deadlines };
}
