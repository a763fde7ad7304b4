/**
 * The origin that links for the traveller's browser are built on (the payment page's return links).
 * Production: always APP_URL — a Host header is the client's word and must never shape a link
 * (open redirect, host-header injection). The embedded default runs on one developer's machine and is
 * opened as localhost or 127.0.0.1 alike: there the request's host is used, but only when it is a
 * loopback host, so cookies set on that host come back after the payment.
 */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

export type LinkBaseInput = {
  appUrl: string;
  mode: 'embedded' | 'production';
  /** the request's Host header, if any */
  requestHost?: string | null;
};

function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

export function linkBaseUrl({ appUrl, mode, requestHost }: LinkBaseInput): string {
  const base = appUrl.replace(/\/+$/, '');
  if (mode !== 'embedded' || !requestHost) return base;
  const host = requestHost.trim();
  if (!isLoopbackHost(host)) return base;
  // The embedded default serves plain http on loopback.
  return `http://${host.toLowerCase()}`;
}
