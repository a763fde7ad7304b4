/**
 * One virtual traveller's HTTP session for `npm run load`: its own cookie jar (what Set-Cookie gave it,
 * sent back on every request) and its own client address (`X-Forwarded-For`, as the load balancer in
 * front of the web processes would set it), over Node's fetch (undici, keep-alive). Redirects are not
 * followed: the driver follows them itself, so each request is timed on its own.
 */
export type Answer = { status: number; headers: Headers; text: string; ms: number };

export class HttpSession {
  private readonly bases: string[];
  private turn = 0;

  /** With several bases, each request goes to the next one: one traveller's steps land on different web processes. */
  constructor(
    bases: string | string[],
    private readonly clientIp: string,
    private readonly jar = new Map<string, string>(),
  ) {
    this.bases = typeof bases === 'string' ? [bases] : bases;
    this.turn = Math.floor(Math.random() * this.bases.length);
  }

  /** The same traveller (the same cookies, shared from now on) sending its requests to other web processes. */
  onto(bases: string | string[]): HttpSession {
    return new HttpSession(bases, this.clientIp, this.jar);
  }

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  async request(path: string, init: { method?: string; headers?: Record<string, string>; body?: FormData } = {}): Promise<Answer> {
    const headers: Record<string, string> = { 'x-forwarded-for': this.clientIp, 'accept-language': 'en', ...init.headers };
    if (this.jar.size) headers.cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const started = performance.now();
    const response = await fetch(this.bases[this.turn++ % this.bases.length] + path, { method: init.method ?? 'GET', headers, body: init.body, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    const ms = performance.now() - started;
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return { status: response.status, headers: response.headers, text, ms };
  }
}
