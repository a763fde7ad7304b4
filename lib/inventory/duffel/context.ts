import { Duffel } from '@duffel/api';
import { memoryBookingStore, type BookingStore } from './booking-store';
import { CircuitBreaker, DEFAULT_CALL_POLICY, callSupplier, type CallPolicy } from './resilience';

export type DuffelOptions = {
  token: string;
  /** DUFFEL_API_URL: Duffel's API, or the local Duffel in tests and `npm run dev:duffel` */
  basePath?: string;
  policy?: Partial<CallPolicy>;
  breaker?: { failureThreshold?: number; openMs?: number };
  store?: BookingStore;
};

/** What both adapters share: one SDK client, one breaker per supplier kind, the call policy. */
export type DuffelContext = {
  duffel: Duffel;
  breaker: CircuitBreaker;
  policy: CallPolicy;
  store: BookingStore;
  call<T>(operation: string, idempotent: boolean, run: (duffel: Duffel) => Promise<{ data: T }>): Promise<T>;
  /** the whole response, for lists whose `meta.after` is the next page's cursor */
  callRaw<R>(operation: string, idempotent: boolean, run: (duffel: Duffel) => Promise<R>): Promise<R>;
};

export function createDuffelContext(name: string, options: DuffelOptions): DuffelContext {
  const duffel = new Duffel({ token: options.token, basePath: options.basePath, source: 'karvan' });
  const breaker = new CircuitBreaker(name, { failureThreshold: options.breaker?.failureThreshold ?? 5, openMs: options.breaker?.openMs ?? 30_000 });
  const policy = { ...DEFAULT_CALL_POLICY, ...options.policy };
  return {
    duffel,
    breaker,
    policy,
    store: options.store ?? memoryBookingStore(),
    call: async (operation, idempotent, run) => (await callSupplier(breaker, policy, operation, idempotent, () => run(duffel))).data,
    callRaw: (operation, idempotent, run) => callSupplier(breaker, policy, operation, idempotent, () => run(duffel)),
  };
}
