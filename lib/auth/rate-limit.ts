import 'server-only';
import { createHmac, hkdfSync } from 'node:crypto';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';

/**
 * A small database-backed sliding-window rate limit, shared by every web process (sign-in emails,
 * booking look-ups…). Each rule counts attempts per (bucket, key) within `windowMs`.
 *
 * `consumeRateLimit` checks all rules and records one attempt for each only if every rule allows it,
 * in one transaction holding an advisory lock per key, so concurrent requests cannot both slip under
 * a limit. Keys (email addresses, IPs) are stored as keyed hashes, not in clear.
 */
export type RateLimitRule = { bucket: string; key: string; limit: number; windowMs: number };

export type RateLimitResult =
  | { allowed: true }
  | { allowed: false; bucket: string; retryAfterMs: number };

let hashKey: { secret: string; key: Buffer } | undefined;

function keyHash(bucket: string, key: string): string {
  const secret = env().AUTH_SECRET;
  if (hashKey?.secret !== secret) {
    hashKey = { secret, key: Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'karvan/rate-limit/v1', 32)) };
  }
  return createHmac('sha256', hashKey.key).update(`${bucket}\u0000${key}`).digest('base64url');
}

export async function consumeRateLimit(rules: RateLimitRule[], now: Date = new Date()): Promise<RateLimitResult> {
  const hashed = rules
    .map((rule) => ({ ...rule, keyHash: keyHash(rule.bucket, rule.key) }))
    // A fixed lock order, so two requests sharing keys never deadlock.
    .sort((a, b) => (a.bucket + a.keyHash).localeCompare(b.bucket + b.keyHash));

  return db.$transaction(async (tx) => {
    let refusal: RateLimitResult | undefined;
    for (const rule of hashed) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${rule.bucket}:${rule.keyHash}`}, 0))`;
      const since = new Date(now.getTime() - rule.windowMs);
      // Old attempts of this key no longer count: drop them while we hold its lock.
      await tx.rateLimitHit.deleteMany({ where: { bucket: rule.bucket, keyHash: rule.keyHash, at: { lte: since } } });
      const recent = await tx.rateLimitHit.findMany({
        where: { bucket: rule.bucket, keyHash: rule.keyHash, at: { gt: since } },
        orderBy: { at: 'asc' },
        select: { at: true },
        take: rule.limit,
      });
      if (recent.length >= rule.limit && !refusal) {
        const oldest = recent[0]!.at.getTime();
        refusal = { allowed: false, bucket: rule.bucket, retryAfterMs: Math.max(0, oldest + rule.windowMs - now.getTime()) };
      }
    }
    if (refusal) return refusal;
    await tx.rateLimitHit.createMany({ data: hashed.map((rule) => ({ bucket: rule.bucket, keyHash: rule.keyHash, at: now })) });
    return { allowed: true } as const;
  });
}

/** Housekeeping for a periodic job: attempts older than the longest window are worthless. */
export async function purgeRateLimitHits(olderThan: Date): Promise<number> {
  const { count } = await db.rateLimitHit.deleteMany({ where: { at: { lt: olderThan } } });
  return count;
}
