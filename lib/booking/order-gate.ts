/**
 * At most a few order transactions per process at a time. Each holds a pooled connection while it
 * waits for inventory row locks; with hundreds of checkouts for the same seats at once, an unbounded
 * number would exhaust the pool (lib/db/client.ts: 10 connections, 5 s to get one) and fail with
 * connection timeouts instead of a clear "sold out". Waiting happens here, in memory, instead, and
 * each transaction re-checks availability when its turn comes, so late ones fail fast.
 */
export const MAX_CONCURRENT_ORDER_TRANSACTIONS = 4;

let limit = MAX_CONCURRENT_ORDER_TRANSACTIONS;
let running = 0;
const waiting: (() => void)[] = [];

export async function withOrderGate<T>(run: () => Promise<T>): Promise<T> {
  if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await run();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

/** Tests: several web processes at once are simulated by a wider gate. */
export function setOrderGateLimit(value: number): void {
  limit = value;
}
