import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/**
 * A local HTTP server that speaks Stripe's REST API for exactly the calls lib/payments makes, so the
 * Stripe path is tested with the real `stripe` SDK (new Stripe(key, { host, port, protocol: 'http' })):
 *
 *   POST /v1/checkout/sessions             create (mode payment, price_data line items)
 *   GET  /v1/checkout/sessions/:id         retrieve
 *   POST /v1/checkout/sessions/:id/expire  expire an open session
 *   POST /v1/refunds                       refund a paid session's payment_intent (partial or full)
 *   GET  /v1/refunds/:id                   retrieve
 *
 * Like Stripe: form-encoded bodies with bracket keys, Bearer authentication, `Idempotency-Key`
 * honoured (same key + same body → the first response replayed; same key + other body → 400
 * idempotency_error; same key while the first is in flight → 409), Stripe-shaped objects and error
 * objects. Test controls play the customer and Stripe's event sender: pay(), failAsync(), expire()
 * and refundEvent() change the state and return a webhook signed with
 * `Stripe.webhooks.generateTestHeaderString`, ready to POST to the webhook route.
 */

export type SignedWebhook = { payload: string; header: string; event: FakeEvent };
export type FakeEvent = { id: string; object: 'event'; type: string; created: number; livemode: false; api_version: string; data: { object: Record<string, unknown> } };
export type FakeRequest = { method: string; path: string; idempotencyKey: string | null; body: Record<string, unknown> };

type FakeSession = {
  id: string;
  object: 'checkout.session';
  mode: string;
  status: 'open' | 'complete' | 'expired';
  payment_status: 'paid' | 'unpaid';
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  customer_email: string | null;
  success_url: string;
  cancel_url: string | null;
  locale: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  expires_at: number;
  created: number;
  livemode: false;
  url: string | null;
  line_items_description: string;
};

type FakeRefund = {
  id: string;
  object: 'refund';
  amount: number;
  currency: string;
  payment_intent: string;
  charge: string;
  status: 'succeeded' | 'pending' | 'failed';
  reason: string | null;
  failure_reason: string | null;
  metadata: Record<string, string>;
  created: number;
};

/**
 * An injected failure for the next matching request. By default it happens before Stripe executes the
 * request (a 5xx or connection-level problem: nothing is stored for the idempotency key, a retry
 * executes it). `afterExecution: true` executes the request and stores its result, then answers with
 * the failure: the response was lost, and a retry with the same key gets the stored result.
 */
type Failure = { method: string; path: RegExp; status: number; error: Record<string, unknown>; afterExecution?: boolean };

export type StripeFake = {
  /** e.g. http://127.0.0.1:41234, for STRIPE_API_BASE */
  apiBase: string;
  secretKey: string;
  webhookSecret: string;
  requests: FakeRequest[];
  sessions: Map<string, FakeSession>;
  refunds: Map<string, FakeRefund>;
  /** added to every response, to let concurrent calls overlap */
  delayMs: number;
  /** status of refunds created from now on */
  refundStatus: FakeRefund['status'];
  /** the next matching request answers with this error instead */
  failNext(failure: Failure): void;
  /** the customer pays on the hosted page: checkout.session.completed */
  pay(sessionId: string): SignedWebhook;
  /** a delayed payment method fails: checkout.session.async_payment_failed */
  failAsync(sessionId: string): SignedWebhook;
  /** the session runs out: checkout.session.expired */
  expire(sessionId: string): SignedWebhook;
  /** refund.updated (or another refund.* type) for a refund, optionally with a new status */
  refundEvent(refundId: string, type?: string, status?: FakeRefund['status']): SignedWebhook;
  /** any event, signed */
  event(type: string, object: Record<string, unknown>): SignedWebhook;
  sign(payload: string, secret?: string): string;
  close(): Promise<void>;
};

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
const now = () => Math.floor(Date.now() / 1000);

export async function startStripeFake(options: { secretKey?: string; webhookSecret?: string } = {}): Promise<StripeFake> {
  const secretKey = options.secretKey ?? 'sk_test_karvan_fake';
  const webhookSecret = options.webhookSecret ?? 'whsec_karvan_fake_secret';
  const sessions = new Map<string, FakeSession>();
  const refunds = new Map<string, FakeRefund>();
  const requests: FakeRequest[] = [];
  const idempotency = new Map<string, { fingerprint: string; status: number; body: unknown } | 'in-flight'>();
  const failures: Failure[] = [];

  const fake: StripeFake = {
    apiBase: '',
    secretKey,
    webhookSecret,
    requests,
    sessions,
    refunds,
    delayMs: 0,
    refundStatus: 'succeeded',
    failNext: (failure) => void failures.push(failure),
    pay(sessionId) {
      const session = requireSession(sessionId);
      Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: session.payment_intent ?? id('pi'), url: null });
      return fake.event('checkout.session.completed', publicSession(session));
    },
    failAsync(sessionId) {
      const session = requireSession(sessionId);
      Object.assign(session, { status: 'complete', payment_status: 'unpaid', url: null });
      return fake.event('checkout.session.async_payment_failed', publicSession(session));
    },
    expire(sessionId) {
      const session = requireSession(sessionId);
      Object.assign(session, { status: 'expired', url: null });
      return fake.event('checkout.session.expired', publicSession(session));
    },
    refundEvent(refundId, type = 'refund.updated', status) {
      const refund = refunds.get(refundId);
      if (!refund) throw new Error(`stripe fake: no refund ${refundId}`);
      if (status) refund.status = status;
      return fake.event(type, { ...refund });
    },
    event(type, object) {
      const event: FakeEvent = { id: id('evt'), object: 'event', type, created: now(), livemode: false, api_version: Stripe.API_VERSION, data: { object } };
      const payload = JSON.stringify(event);
      return { payload, header: fake.sign(payload), event };
    },
    sign: (payload, secret = webhookSecret) => Stripe.webhooks.generateTestHeaderString({ payload, secret }),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The SDK keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };

  function requireSession(sessionId: string): FakeSession {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`stripe fake: no session ${sessionId}`);
    return session;
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { error: { type: 'api_error', message: String(error) } }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://stripe.local');
    const method = req.method ?? 'GET';
    const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null;
    const body = parseForm(method === 'GET' ? url.searchParams.toString() : raw);
    requests.push({ method, path: url.pathname, idempotencyKey: key, body });
    if (fake.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.delayMs));

    if (req.headers.authorization !== `Bearer ${secretKey}`) {
      return send(res, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' } });
    }

    const fingerprint = `${method} ${url.pathname} ${raw}`;
    if (key && method === 'POST') {
      const seen = idempotency.get(key);
      if (seen === 'in-flight') {
        return send(res, 409, { error: { type: 'idempotency_error', code: 'idempotency_key_in_use', message: 'There is currently another in-progress request using this Idempotent Key.' } });
      }
      if (seen) {
        if (seen.fingerprint !== fingerprint) {
          return send(res, 400, { error: { type: 'idempotency_error', message: 'Keys for idempotent requests can only be used with the same parameters they were first used with.' } });
        }
        return send(res, seen.status, seen.body, { 'idempotent-replayed': 'true' });
      }
      idempotency.set(key, 'in-flight');
    }

    const failureIndex = failures.findIndex((f) => f.method === method && f.path.test(url.pathname));
    const failure = failureIndex >= 0 ? failures.splice(failureIndex, 1)[0]! : null;
    if (failure && !failure.afterExecution) {
      if (key && method === 'POST') idempotency.delete(key);
      return send(res, failure.status, { error: failure.error });
    }
    const [status, result] = route(method, url.pathname, body);
    // Stripe keeps the result of any request that started executing, errors included.
    if (key && method === 'POST') idempotency.set(key, { fingerprint, status, body: result });
    if (failure) return send(res, failure.status, { error: failure.error });
    return send(res, status, result);
  }

  function route(method: string, path: string, body: Record<string, unknown>): readonly [number, unknown] {
    let match: RegExpExecArray | null;
    if (method === 'POST' && path === '/v1/checkout/sessions') return createSession(body);
    if (method === 'GET' && (match = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path))) {
      const session = sessions.get(match[1]!);
      return session ? [200, publicSession(session)] : missing('checkout.session', match[1]!);
    }
    if (method === 'POST' && (match = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(path))) {
      const session = sessions.get(match[1]!);
      if (!session) return missing('checkout.session', match[1]!);
      if (session.status !== 'open') return invalid(`Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`);
      Object.assign(session, { status: 'expired', url: null });
      return [200, publicSession(session)];
    }
    if (method === 'POST' && path === '/v1/refunds') return createRefund(body);
    if (method === 'GET' && (match = /^\/v1\/refunds\/([^/]+)$/.exec(path))) {
      const refund = refunds.get(match[1]!);
      return refund ? [200, refund] : missing('refund', match[1]!);
    }
    return [404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}).` } }];
  }

  function createSession(body: Record<string, unknown>): readonly [number, unknown] {
    if (body.mode !== 'payment') return invalid('mode must be payment in this fake', 'mode');
    const item = (body.line_items as Record<string, unknown>[] | undefined)?.[0];
    const price = item?.price_data as Record<string, unknown> | undefined;
    const unitAmount = Number(price?.unit_amount);
    const quantity = Number(item?.quantity ?? 1);
    if (!price || !Number.isInteger(unitAmount) || unitAmount <= 0 || typeof price.currency !== 'string') {
      return invalid('line_items[0][price_data] needs currency and a positive unit_amount', 'line_items');
    }
    if (typeof body.success_url !== 'string') return invalid('Missing required param: success_url.', 'success_url');
    const expiresAt = body.expires_at === undefined ? now() + 24 * 3600 : Number(body.expires_at);
    if (expiresAt < now() + 30 * 60 - 5 || expiresAt > now() + 24 * 3600 + 5) {
      return invalid('The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.', 'expires_at');
    }
    const sessionId = id('cs_test');
    const session: FakeSession = {
      id: sessionId,
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_total: unitAmount * quantity,
      currency: price.currency,
      client_reference_id: (body.client_reference_id as string | undefined) ?? null,
      customer_email: (body.customer_email as string | undefined) ?? null,
      success_url: body.success_url,
      cancel_url: (body.cancel_url as string | undefined) ?? null,
      locale: (body.locale as string | undefined) ?? null,
      metadata: (body.metadata as Record<string, string> | undefined) ?? {},
      payment_intent: null,
      expires_at: expiresAt,
      created: now(),
      livemode: false,
      url: `https://checkout.stripe.test/c/pay/${sessionId}`,
      line_items_description: String((price.product_data as Record<string, unknown> | undefined)?.name ?? ''),
    };
    sessions.set(sessionId, session);
    return [200, publicSession(session)];
  }

  function createRefund(body: Record<string, unknown>): readonly [number, unknown] {
    const paymentIntent = body.payment_intent;
    const session = [...sessions.values()].find((s) => s.payment_intent === paymentIntent);
    if (typeof paymentIntent !== 'string' || !session) return missing('payment_intent', String(paymentIntent));
    const refunded = [...refunds.values()].filter((r) => r.payment_intent === paymentIntent && r.status !== 'failed').reduce((sum, r) => sum + r.amount, 0);
    const remaining = session.amount_total - refunded;
    if (remaining <= 0) return invalid(`Charge for ${paymentIntent} has already been refunded.`, undefined, 'charge_already_refunded');
    const amount = body.amount === undefined ? remaining : Number(body.amount);
    if (!Number.isInteger(amount) || amount <= 0) return invalid('Invalid positive integer', 'amount');
    if (amount > remaining) {
      return invalid(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, 'amount', 'amount_too_large');
    }
    const refund: FakeRefund = {
      id: id('re'),
      object: 'refund',
      amount,
      currency: session.currency,
      payment_intent: paymentIntent,
      charge: `ch_${paymentIntent.slice(3)}`,
      status: fake.refundStatus,
      reason: (body.reason as string | undefined) ?? null,
      failure_reason: fake.refundStatus === 'failed' ? 'expired_or_canceled_card' : null,
      metadata: (body.metadata as Record<string, string> | undefined) ?? {},
      created: now(),
    };
    refunds.set(refund.id, refund);
    return [200, refund];
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

function publicSession(session: FakeSession): Record<string, unknown> {
  const { line_items_description: _description, ...rest } = session;
  return { ...rest, metadata: { ...session.metadata } };
}

function invalid(message: string, param?: string, code?: string): readonly [number, unknown] {
  return [400, { error: { type: 'invalid_request_error', message, ...(param ? { param } : {}), ...(code ? { code } : {}) } }];
}

function missing(kind: string, resourceId: string): readonly [number, unknown] {
  return [404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${kind}: '${resourceId}'` } }];
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req'), 'stripe-version': Stripe.API_VERSION, ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

/** `a[b][0][c]=x&…` (the SDK's encoding) → nested objects, with numeric keys turned into arrays. */
export function parseForm(raw: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const pair of raw.split('&')) {
    if (!pair) continue;
    const [rawKey = '', rawValue = ''] = pair.split('=');
    const key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
    const value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    const head = /^[^[]+/.exec(key)?.[0] ?? key;
    const path = [head, ...[...key.slice(head.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!)];
    let node = root;
    path.forEach((segment, index) => {
      if (index === path.length - 1) node[segment] = value;
      else node = (node[segment] ??= {}) as Record<string, unknown>;
    });
  }
  return arrays(root) as Record<string, unknown>;
}

function arrays(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, arrays(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}
