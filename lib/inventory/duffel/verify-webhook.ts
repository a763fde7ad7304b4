/**
 * Duffel webhooks (airline-initiated changes): accepted only when signed with DUFFEL_WEBHOOK_SECRET,
 * recent (a captured request cannot be replayed later) and not seen before (nor replayed now).
 */
import { signatureMatches } from './webhook-signature';

const WEBHOOK_TOLERANCE_SECONDS = 300;

export type WebhookVerdict =
  | { ok: true; event: { id: string; type: string; data: unknown } }
  | { ok: false; reason: 'MISSING_SIGNATURE' | 'BAD_SIGNATURE' | 'STALE' | 'REPLAYED' | 'MALFORMED' };

/** Remembers event ids already accepted; `remember` answers false when the id was there. */
export interface SeenEvents {
  remember(id: string): Promise<boolean>;
}

export function memorySeenEvents(): SeenEvents {
  const seen = new Set<string>();
  return { remember: async (id) => (seen.has(id) ? false : (seen.add(id), true)) };
}

export async function verifyDuffelWebhook(
  rawBody: string,
  signatureHeader: string | null,
  secret: string,
  seen: SeenEvents,
  now: Date,
): Promise<WebhookVerdict> {
  const m = signatureHeader ? /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(signatureHeader.trim()) : null;
  if (!m) return { ok: false, reason: 'MISSING_SIGNATURE' };
  const timestamp = Number(m[1]);
  if (!signatureMatches(secret, rawBody, timestamp, m[2]!)) return { ok: false, reason: 'BAD_SIGNATURE' };
  if (Math.abs(now.getTime() / 1000 - timestamp) > WEBHOOK_TOLERANCE_SECONDS) return { ok: false, reason: 'STALE' };
  let event: { id?: unknown; type?: unknown; data?: unknown };
  try {
    event = JSON.parse(rawBody) as typeof event;
  } catch {
    return { ok: false, reason: 'MALFORMED' };
  }
  if (typeof event.id !== 'string' || typeof event.type !== 'string') return { ok: false, reason: 'MALFORMED' };
  if (!(await seen.remember(event.id))) return { ok: false, reason: 'REPLAYED' };
  return { ok: true, event: { id: event.id, type: event.type, data: event.data } };
}
