/**
 * How every Duffel call is made: a timeout on each attempt, retries only for calls that are safe to
 * repeat (reads, and creates that carry an idempotency key), and one circuit breaker per supplier so a
 * supplier that is down costs a search nothing but the catalog's answer.
 */
import { DuffelError } from '@duffel/api';

class SupplierTimeoutError extends Error {
  constructor(readonly operation: string, readonly ms: number) {
    super(`${operation} took longer than ${ms} ms`);
    this.name = 'SupplierTimeoutError';
  }
}

export class CircuitOpenError extends Error {
  constructor(readonly supplier: string) {
    super(`${supplier} is unavailable (circuit open)`);
    this.name = 'CircuitOpenError';
  }
}

/**
 * The SDK's fetch takes no abort signal, so a late answer is abandoned, not cancelled: a create that
 * times out may still have happened remotely, which is why creates carry idempotency keys.
 */
function withTimeout<T>(operation: string, ms: number, run: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new SupplierTimeoutError(operation, ms)), ms);
    run().then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Duffel's error code of a failed call ('offer_no_longer_available', …), or null. */
export function duffelCode(error: unknown): string | null {
  return error instanceof DuffelError ? (error.errors[0]?.code ?? null) : null;
}

export function duffelStatus(error: unknown): number | undefined {
  return error instanceof DuffelError ? (error.status ?? error.meta?.status) : undefined;
}

/** Worth another attempt: timeouts, dropped connections, 429 and 5xx. A 4xx is the answer. */
export function isTransient(error: unknown): boolean {
  if (error instanceof SupplierTimeoutError) return true;
  if (error instanceof DuffelError) {
    const status = duffelStatus(error);
    return status === 429 || status === undefined || status >= 500;
  }
  // node-fetch's FetchError (ECONNRESET, socket hang up) and other network failures
  return error instanceof Error && error.name === 'FetchError';
}

/** Seconds until Duffel lifts a rate limit (`ratelimit-reset` is an epoch second), capped. */
function retryAfterMs(error: unknown, now: number, capMs: number): number | null {
  if (!(error instanceof DuffelError) || duffelStatus(error) !== 429) return null;
  const reset = Number(error.headers?.get?.('ratelimit-reset'));
  if (!Number.isFinite(reset) || reset <= 0) return null;
  return Math.min(capMs, Math.max(0, reset * 1000 - now));
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export type BreakerOptions = { failureThreshold: number; openMs: number; now?: () => number };

/**
 * closed → (failureThreshold consecutive transient failures) → open → (openMs later) → half-open: one
 * trial call; success closes, failure opens again. A 4xx answer proves the supplier is up.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private trial = false;
  private stateValue: BreakerState = 'closed';
  private readonly now: () => number;

  constructor(readonly name: string, private readonly options: BreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  get state(): BreakerState {
    if (this.stateValue === 'open' && this.now() - this.openedAt >= this.options.openMs) this.stateValue = 'half-open';
    return this.stateValue;
  }

  /** Whether a call may go out now (in half-open, only one trial at a time). */
  allow(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trial) return false;
    this.trial = true;
    return true;
  }

  success(): void {
    this.failures = 0;
    this.trial = false;
    this.stateValue = 'closed';
  }

  failure(): void {
    this.trial = false;
    this.failures++;
    if (this.stateValue === 'half-open' || this.failures >= this.options.failureThreshold) {
      this.stateValue = 'open';
      this.openedAt = this.now();
    }
  }

  /** Tests and operators: force a state. */
  trip(): void {
    this.stateValue = 'open';
    this.openedAt = this.now();
  }
}

export type CallPolicy = {
  timeoutMs: number;
  /** extra attempts after the first, for idempotent calls only */
  retries: number;
  /** first back-off; doubles each attempt */
  backoffMs: number;
  /** the longest a 429's `ratelimit-reset` may make us wait */
  maxRateLimitWaitMs: number;
};

export const DEFAULT_CALL_POLICY: CallPolicy = { timeoutMs: 8_000, retries: 2, backoffMs: 100, maxRateLimitWaitMs: 2_000 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One remote call through the breaker. `idempotent` says whether repeating it is harmless: a GET, or a
 * create with an idempotency key. Anything else is tried exactly once.
 */
export async function callSupplier<T>(
  breaker: CircuitBreaker,
  policy: CallPolicy,
  operation: string,
  idempotent: boolean,
  run: () => Promise<T>,
): Promise<T> {
  const attempts = idempotent ? policy.retries + 1 : 1;
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (!breaker.allow()) throw new CircuitOpenError(breaker.name);
    try {
      const value = await withTimeout(operation, policy.timeoutMs, run);
      breaker.success();
      return value;
    } catch (error) {
      lastError = error;
      if (!isTransient(error)) {
        breaker.success();
        throw error;
      }
      breaker.failure();
      if (attempt + 1 < attempts) await sleep(retryAfterMs(error, Date.now(), policy.maxRateLimitWaitMs) ?? policy.backoffMs * 2 ** attempt);
    }
  }
  throw lastError;
}
