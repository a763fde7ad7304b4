/** Per route kind: every answered request's time (exact percentiles), errors with a few samples, business refusals. */
export const ROUTE_KINDS = ['search', 'offer', 'trip', 'checkout', 'payment', 'booking'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

export type KindStats = { ms: number[]; errors: number; refused: number };

export class LoadStats {
  readonly kinds = new Map<RouteKind, KindStats>(ROUTE_KINDS.map((k) => [k, { ms: [], errors: 0, refused: 0 }]));
  readonly samples: string[] = [];
  /** arrivals not started because LOAD_MAX_INFLIGHT requests were already waiting: the rate was not sustained */
  shed = 0;
  journeys = { started: 0, paid: 0 };

  ok(kind: RouteKind, ms: number) {
    this.kinds.get(kind)!.ms.push(ms);
  }

  error(kind: RouteKind, what: string) {
    this.kinds.get(kind)!.errors++;
    if (this.samples.length < 10) this.samples.push(`${kind}: ${what}`);
  }

  refused(kind: RouteKind) {
    this.kinds.get(kind)!.refused++;
  }

  get errors(): number {
    return [...this.kinds.values()].reduce((n, k) => n + k.errors, 0);
  }

  get requests(): number {
    return [...this.kinds.values()].reduce((n, k) => n + k.ms.length + k.errors, 0);
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
