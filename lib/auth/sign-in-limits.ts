import { consumeRateLimit, type RateLimitResult, type RateLimitRule } from './rate-limit';

/** Sign-in emails: at most 3 per address per 15 minutes and 20 per client IP per hour. */
const signInEmailLimits = {
  perAddress: { bucket: 'sign-in-email:address', limit: 3, windowMs: 15 * 60_000 },
  perIp: { bucket: 'sign-in-email:ip', limit: 20, windowMs: 60 * 60_000 },
} as const;

export async function consumeSignInEmailAllowance(email: string, ip: string | null, now?: Date): Promise<RateLimitResult> {
  const rules: RateLimitRule[] = [{ ...signInEmailLimits.perAddress, key: email.toLowerCase() }];
  if (ip) rules.push({ ...signInEmailLimits.perIp, key: ip });
  return consumeRateLimit(rules, now);
}
