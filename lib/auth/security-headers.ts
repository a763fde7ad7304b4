/**
 * Security headers for every response (issues 5 and 19). Personal pages get a Content-Security-Policy
 * with a fresh nonce per request (Next.js reads it from the request's CSP header and puts it on its
 * scripts) and 'strict-dynamic'. Public pages are cached and shared, so they cannot carry a nonce:
 * they get a fixed policy (see `publicPageContentSecurityPolicy`). Other responses (API, static
 * files) get a policy that allows nothing, since they are never documents that should run or embed
 * anything.
 *
 * No 'unsafe-eval' outside `next dev` (React uses eval there for error overlays only).
 */

export type PolicyOptions = { nonce: string; development: boolean; https: boolean; /** fixed inline scripts, as `'sha256-…'` */ scriptHashes?: readonly string[] };

export function pageContentSecurityPolicy({ nonce, development, https, scriptHashes = [] }: PolicyOptions): string {
  const hashes = scriptHashes.map((hash) => ` ${hash}`).join('');
  return policy(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${hashes}${development ? " 'unsafe-eval'" : ''}`, { development, https });
}

/**
 * The fixed policy of the cached public pages (home, legal, search, results, hotel and offer pages).
 * Scripts come only from this origin; inline scripts are allowed because Next.js writes each page's
 * React Server Components payload into inline `<script>` elements whose content differs per page and
 * per render, so neither a nonce (it would make the HTML per request) nor a fixed list of hashes can
 * name them. What keeps this safe: these pages show no personal data and render no HTML from anyone
 * but us (React escapes every value; the legal Markdown is our own), and every other directive is as
 * strict as on personal pages. Pages that show or take personal data keep the nonce.
 */
export function publicPageContentSecurityPolicy({ development, https }: Omit<PolicyOptions, 'nonce' | 'scriptHashes'>): string {
  return policy(`script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`, { development, https });
}

function policy(scriptSrc: string, { development, https }: Omit<PolicyOptions, 'nonce' | 'scriptHashes'>): string {
  const directives = [
    "default-src 'self'",
    scriptSrc,
    // Inline style attributes (Tailwind's runtime-free output still has some, and mail HTML in the
    // outbox page is all inline styles); styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    // The mail outbox shows messages in a sandboxed srcdoc iframe; nothing from elsewhere is framed.
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

export const nonDocumentContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export type HeaderOptions = { contentSecurityPolicy: string; https: boolean };

export function securityHeaders({ contentSecurityPolicy, https }: HeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    ...(https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(self)',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** A base64 nonce of 128 random bits. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Over https directly, or behind a proxy that terminated TLS (X-Forwarded-Proto). */
export function isHttpsRequest(url: URL, headers: { get(name: string): string | null }): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return (forwarded ?? url.protocol.replace(/:$/, '')) === 'https';
}

/**
 * Pages are decided by the route, never by the look of the path: every page lives under
 * app/[locale] (or is a locale-less path the locale routing redirects), and offer ids such as
 * `F.1-0-0.55180` contain dots. Not pages: API routes, Next.js internals and the known static files.
 */
export function isPagePath(pathname: string, staticFiles: ReadonlySet<string>): boolean {
  if (/^\/(api|_next|_vercel)(\/|$)/.test(pathname)) return false;
  return !staticFiles.has(pathname);
}
