import { createHmac, timingSafeEqual } from 'node:crypto';

/** Duffel's signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export function signDuffelWebhook(secret: string, body: string, timestamp: number): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

export function signatureMatches(secret: string, body: string, timestamp: number, v1: string): boolean {
  const expected = Buffer.from(signDuffelWebhook(secret, body, timestamp).split('v1=')[1]!, 'hex');
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
