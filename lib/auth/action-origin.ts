type HeaderSource = { get(name: string): string | null };

/**
 * A server-action POST sent from another site. Next.js's own check (same rule: the Origin's host must
 * be the forwarded host or the Host) throws on such a request, which answers 500 and logs a crash;
 * proxy.ts answers 403 before it gets there. A POST without an Origin header is left to Next.js (old
 * browsers omit it on same-origin posts, and Next.js only warns then).
 */
export function isForeignServerActionPost(method: string, headers: HeaderSource): boolean {
  if (method !== 'POST' || !headers.get('next-action')) return false;
  const origin = headers.get('origin');
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (a sandboxed frame, a privacy redirect) or garbage: not this site
  }
  const forwardedHost = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = headers.get('host');
  return originHost !== forwardedHost && originHost !== host;
}
