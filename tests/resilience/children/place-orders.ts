/**
 * A "web process" of scenario (a): its own Node process and connection pool, placing the checkouts it
 * was given all at once through the real place-order path when the parent says go. Prints one JSON
 * line: how many held, and for every refusal its code and the words the traveller is shown (en).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nextStdinLine, root } from '../support/processes';

const { placeOrder } = await import('@/lib/booking/place-order');
const { isBookingError } = await import('@/lib/booking/errors');
const { db } = await import('@/lib/db/client');

type Prepared = { owner: { userId: string | null; cookieToken: string | null }; input: Record<string, unknown> };
const prepared = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Prepared[];
const agreementVersion = process.argv[3]!;

/** "checkout.errors.soldOut" → the English catalog's sentence. */
function words(key: string): string {
  const [namespace, ...rest] = key.split('.');
  let node: unknown = JSON.parse(readFileSync(path.join(root, 'content/messages/en', `${namespace}.json`), 'utf8'));
  for (const part of rest) node = (node as Record<string, unknown>)[part];
  return String(node);
}

// Open the pool's connections first (a fresh connection costs a PostgreSQL fork), so the burst is the checkouts.
await Promise.all(Array.from({ length: 10 }, () => db.$queryRaw`SELECT 1 FROM pg_sleep(0.05)`));
console.log('ready');
await nextStdinLine();
const results = await Promise.allSettled(prepared.map((p) => placeOrder({ owner: p.owner, input: p.input, locale: 'en', agreementVersion })));
const refusals = results.flatMap((r) => {
  if (r.status === 'fulfilled') return [];
  const error = r.reason as unknown;
  return [isBookingError(error) ? { code: error.code, message: words(error.messageKey) } : { code: 'CRASH', message: String(error) }];
});
console.log(JSON.stringify({ placed: results.length - refusals.length, refusals }));
await db.$disconnect();
