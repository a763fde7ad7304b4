/**
 * Cross-site request check for POST endpoints that are not server actions (Next.js checks those
 * itself): a browser always sends Origin with a cross-site POST, so a mismatch is refused. Requests
 * without Origin come from non-browser clients, which cannot ride a visitor's cookies.
 */
export function isCrossSiteRequest(headers: { get(name: string): string | null }): boolean {
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return origin === 'null';
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** A path on this site ("/en/flights?x=1"), never another origin ("//evil", "https://…", "/\\evil"). */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}
