/**
 * Who is asking, for rate limits and audit events: the client IP and user agent of the request, and
 * the request id (`x-request-id`, set by proxy.ts) that logs, jobs and mails of the request carry.
 */
export type RequestContext = { ip: string | null; userAgent: string | null; requestId?: string | null };

export const noRequestContext: RequestContext = { ip: null, userAgent: null, requestId: null };

type HeaderSource = { get(name: string): string | null };

export const REQUEST_ID_HEADER = 'x-request-id';

/** A request id from a load balancer is kept when it looks like one; otherwise the proxy makes one. */
export function requestIdFrom(headers: HeaderSource): string {
  const given = headers.get(REQUEST_ID_HEADER)?.trim();
  return given && /^[A-Za-z0-9._:-]{8,128}$/.test(given) ? given : crypto.randomUUID();
}

/**
 * The client IP is the right-most X-Forwarded-For entry: the one added by the proxy nearest to us
 * (Next.js fills the header from the socket when no proxy set it). Entries to its left are whatever
 * the client claimed, so they are never trusted.
 */
export function requestContextFrom(headers: HeaderSource): RequestContext {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
  const ip = last ?? headers.get('x-real-ip')?.trim() ?? null;
  const userAgent = headers.get('user-agent')?.slice(0, 512) ?? null;
  const requestId = headers.get(REQUEST_ID_HEADER)?.slice(0, 128) ?? null;
  return { ip: ip ? ip.replace(/^::ffff:/, '').slice(0, 64) : null, userAgent, requestId };
}
