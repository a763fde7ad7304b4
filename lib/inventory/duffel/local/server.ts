/**
 * The local Duffel: an HTTP server speaking the subset of Duffel's API the adapters use, with Duffel's
 * paths, `data`/`meta`/`errors` envelopes, error `type`/`code`, cursor pagination (`meta.after`) and
 * idempotent creates (same `metadata.idempotency_key` → the same order or booking). Faults are set
 * with `setFaults` or `POST /__control/faults`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AirlineInitiatedChange, ApiResponseError, DuffelResponse, Offer, Order, OrderCancellation, StaysBooking, StaysQuote, StaysSearchResult } from '@duffel/api/types';
import { buildAccommodation, buildOffer, buildRate, type FareKind, type RequestedPassenger, type RequestedSlice } from './fixtures';
import { signDuffelWebhook } from '../webhook-signature';

export type Faults = {
  /** every answer waits this long */
  latencyMs: number;
  /** the next n requests answer 500 */
  serverErrors: number;
  /** the next n requests answer 429 with `ratelimit-reset` one second ahead */
  rateLimited: number;
  /** offers and rates answer `offer_no_longer_available` */
  offerGone: boolean;
  /** an offer read after its search costs this much more (major units), and an order at the old price is refused */
  priceIncrease: number;
  /** a pay_later order's hold has expired when it is paid */
  holdExpired: boolean;
  /** the next n creates (and cancellation confirms) commit, then the connection is dropped before the answer */
  dropAfterCommit: number;
  /** order cancellations quote this refund (major units) instead of the fare's conditions: the airline's word changed */
  refundAmount: string | null;
};

const NO_FAULTS: Faults = { latencyMs: 0, serverErrors: 0, rateLimited: 0, offerGone: false, priceIncrease: 0, holdExpired: false, dropAfterCommit: 0, refundAmount: null };

type Json = Record<string, unknown>;

class HttpError extends Error {
  constructor(readonly status: number, readonly error: Omit<ApiResponseError, 'documentation_url'>) {
    super(error.message);
  }
}

const notFound = (what: string) => new HttpError(404, { type: 'invalid_request_error', code: 'not_found', title: 'Not found', message: `${what} not found` });

export type LocalDuffel = {
  url: string;
  setFaults(faults: Partial<Faults>): void;
  /** what the server holds, for tests to assert end states */
  state: { orders: Map<string, Order>; bookings: Map<string, StaysBooking>; cancellations: Map<string, OrderCancellation>; requests: number };
  /** delivers an airline-initiated change for an order to `url`, signed as Duffel signs */
  sendAirlineChange(url: string, secret: string, orderId: string, at?: Date): Promise<{ status: number; body: string; signature: string }>;
  close(): Promise<void>;
};

export async function startLocalDuffel(options: { port?: number; faults?: Partial<Faults>; currency?: string } = {}): Promise<LocalDuffel> {
  let faults: Faults = { ...NO_FAULTS, ...options.faults };
  const currency = options.currency ?? 'EUR';
  let seq = 0;
  const nextId = (prefix: string) => `${prefix}_${(++seq).toString(36).padStart(6, '0')}`;
  const offers = new Map<string, { offer: Offer; requestId: string }>();
  const offerRequests = new Map<string, string[]>();
  const orders = new Map<string, Order>();
  const cancellations = new Map<string, OrderCancellation>();
  const airlineChanges = new Map<string, AirlineInitiatedChange>();
  const searchResults = new Map<string, StaysSearchResult>();
  const quotes = new Map<string, StaysQuote>();
  const bookings = new Map<string, StaysBooking>();
  const idempotent = new Map<string, string>();
  const state = { orders, bookings, cancellations, requests: 0 };

  const priceOf = (offer: Offer) => (Number(offer.total_amount) + faults.priceIncrease).toFixed(2);
  const currentOffer = (id: string): Offer => {
    const entry = offers.get(id);
    if (!entry) throw notFound('Offer');
    if (faults.offerGone) {
      throw new HttpError(422, { type: 'invalid_state_error', code: 'offer_no_longer_available', title: 'Offer no longer available', message: 'The offer is no longer available' });
    }
    return { ...entry.offer, total_amount: priceOf(entry.offer) };
  };

  function orderFrom(offer: Offer, body: Json, status: 'paid' | 'awaiting'): Order {
    const now = new Date().toISOString();
    return {
      tax_currency: offer.tax_currency ?? offer.total_currency,
      total_amount: offer.total_amount,
      total_currency: offer.total_currency,
      base_amount: offer.base_amount,
      base_currency: offer.base_currency,
      slices: offer.slices as never,
      services: [],
      passengers: (body.passengers as never) ?? [],
      payment_status: {
        awaiting_payment: status === 'awaiting',
        payment_required_by: offer.payment_requirements.payment_required_by,
        price_guarantee_expires_at: null,
        paid_at: status === 'paid' ? now : null,
      } as unknown as Order['payment_status'],
      owner: offer.owner,
      live_mode: false,
      id: nextId('ord'),
      documents: status === 'paid' ? [{ unique_identifier: `125-${seq}`, type: 'electronic_ticket' } as never] : [],
      created_at: now,
      content: 'managed',
      cancelled_at: null,
      booking_reference: `LCL${seq}`,
      conditions: offer.conditions,
      metadata: (body.metadata as Record<string, string>) ?? {},
      airline_initiated_changes: [],
      available_actions: ['cancel'],
      synced_at: now,
    };
  }

  /** Same idempotency key → the resource made the first time. */
  function once<T>(body: Json, store: Map<string, T>, create: () => T): T {
    const key = (body.metadata as Record<string, string> | undefined)?.idempotency_key;
    const existing = key ? idempotent.get(key) : undefined;
    if (existing && store.has(existing)) return store.get(existing)!;
    const made = create();
    if (key) idempotent.set(key, (made as { id: string }).id);
    return made;
  }

  async function route(method: string, path: string, query: URLSearchParams, body: Json): Promise<{ status: number; payload: Omit<DuffelResponse<unknown>, 'status' | 'headers'>; commit?: boolean }> {
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/air/offer_requests') {
      const slices = body.slices as RequestedSlice[];
      const passengers = body.passengers as RequestedPassenger[];
      const id = nextId('orq');
      const now = new Date();
      const made = (['LIGHT', 'STANDARD', 'FLEX'] as FareKind[]).map((fare) => buildOffer(nextId('off'), fare, slices, passengers, currency, now));
      for (const offer of made) offers.set(offer.id, { offer, requestId: id });
      offerRequests.set(id, made.map((o) => o.id));
      return { status: 201, payload: { data: { id, slices: [], passengers: [], created_at: now.toISOString(), live_mode: false, ...(query.get('return_offers') === 'false' ? {} : { offers: made }) } } };
    }
    if (method === 'GET' && path === '/air/offers') {
      const ids = offerRequests.get(query.get('offer_request_id') ?? '') ?? [];
      const limit = Math.min(200, Number(query.get('limit') ?? 50));
      const start = query.get('after') ? ids.indexOf(query.get('after')!) + 1 : 0;
      const page = ids.slice(start, start + limit);
      const after = start + limit < ids.length ? page[page.length - 1]! : null;
      return { status: 200, payload: { data: page.map(currentOffer), meta: { limit, after } } };
    }
    if (method === 'GET' && (m = /^\/air\/offers\/([\w-]+)$/.exec(path))) return { status: 200, payload: { data: currentOffer(m[1]!) } };
    if (method === 'POST' && path === '/air/orders') {
      const offer = currentOffer((body.selected_offers as string[])[0]!);
      const payment = (body.payments as { amount: string }[] | undefined)?.[0];
      if (payment && payment.amount !== offer.total_amount) {
        throw new HttpError(422, { type: 'validation_error', code: 'price_changed', title: 'Price changed', message: `The offer now costs ${offer.total_amount}` });
      }
      const order = once(body, orders, () => orderFrom(offer, body, body.type === 'instant' ? 'paid' : 'awaiting'));
      orders.set(order.id, order);
      return { status: 201, payload: { data: order }, commit: true };
    }
    if (method === 'GET' && path === '/air/orders') {
      // Oldest first, cursor pagination as Duffel's list endpoints (`meta.after` is the last id of the page).
      const ids = [...orders.keys()];
      const limit = Math.min(200, Number(query.get('limit') ?? 50));
      const start = query.get('after') ? ids.indexOf(query.get('after')!) + 1 : 0;
      const page = ids.slice(start, start + limit);
      const after = start + limit < ids.length ? page[page.length - 1]! : null;
      return { status: 200, payload: { data: page.map((id) => orders.get(id)!), meta: { limit, after } } };
    }
    if (method === 'GET' && (m = /^\/air\/orders\/([\w-]+)$/.exec(path))) {
      const order = orders.get(m[1]!);
      if (!order) throw notFound('Order');
      return { status: 200, payload: { data: order } };
    }
    if (method === 'POST' && path === '/air/payments') {
      const order = orders.get(body.order_id as string);
      if (!order) throw notFound('Order');
      if (order.payment_status.paid_at) throw new HttpError(422, { type: 'invalid_state_error', code: 'already_paid', title: 'Already paid', message: 'The order is already paid' });
      if (faults.holdExpired || order.cancelled_at) {
        throw new HttpError(422, { type: 'invalid_state_error', code: 'order_expired', title: 'Hold expired', message: 'The space held for this order was released' });
      }
      order.payment_status = { ...order.payment_status, awaiting_payment: false, paid_at: new Date().toISOString() };
      order.documents = [{ unique_identifier: `125-${seq}`, type: 'electronic_ticket' } as never];
      return { status: 201, payload: { data: { id: nextId('pay'), ...(body.payment as Json) } }, commit: true };
    }
    if (method === 'POST' && path === '/air/order_cancellations') {
      const order = orders.get(body.order_id as string);
      if (!order) throw notFound('Order');
      // An airline that allows no cancellation online (tests remove 'cancel' from the order's actions).
      if (!order.available_actions.includes('cancel')) {
        throw new HttpError(422, { type: 'invalid_state_error', code: 'order_not_cancellable', title: 'Order not cancellable', message: 'This order cannot be cancelled online' });
      }
      const paid = Boolean(order.payment_status.paid_at);
      const penalty = Number(order.conditions.refund_before_departure?.penalty_amount ?? order.total_amount);
      const c = {
        confirmed_at: null as never,
        created_at: new Date().toISOString(),
        expires_at: new Date(Date.now() + 15 * 60_000).toISOString(),
        id: nextId('ore'),
        live_mode: false,
        order_id: order.id,
        refund_amount: faults.refundAmount ?? (paid ? Math.max(0, Number(order.total_amount) - penalty).toFixed(2) : '0.00'),
        refund_currency: order.total_currency,
        amount: order.total_amount,
        currency: order.total_currency,
      } as unknown as OrderCancellation;
      cancellations.set(c.id, c);
      return { status: 201, payload: { data: c } };
    }
    if (method === 'POST' && (m = /^\/air\/order_cancellations\/([\w-]+)\/actions\/confirm$/.exec(path))) {
      const c = cancellations.get(m[1]!);
      if (!c) throw notFound('Order cancellation');
      c.confirmed_at ??= new Date().toISOString();
      const order = orders.get(c.order_id)!;
      order.cancelled_at ??= c.confirmed_at;
      return { status: 200, payload: { data: c }, commit: true };
    }
    if (method === 'POST' && (m = /^\/air\/airline_initiated_changes\/([\w-]+)\/actions\/accept$/.exec(path))) {
      const change = airlineChanges.get(m[1]!);
      if (!change) throw notFound('Airline-initiated change');
      if (change.action_taken && change.action_taken !== 'accepted') {
        throw new HttpError(422, { type: 'invalid_state_error', code: 'airline_initiated_change_already_actioned', title: 'Already actioned', message: 'An action was already taken on this change' });
      }
      change.action_taken = 'accepted';
      change.action_taken_at ??= new Date().toISOString();
      change.available_actions = [];
      return { status: 200, payload: { data: change }, commit: true };
    }
    if (method === 'POST' && path === '/stays/search') {
      const loc = (body.location as { geographic_coordinates: { latitude: number; longitude: number } }).geographic_coordinates;
      const checkIn = body.check_in_date as string;
      const nights = Math.max(1, Math.round((Date.parse(body.check_out_date as string) - Date.parse(checkIn)) / 86_400_000));
      const results: StaysSearchResult[] = [0, 1].map((i) => {
        const rates = [
          buildRate(nextId('rat'), 80 * nights, currency, checkIn, 'FREE'),
          buildRate(nextId('rat'), 65 * nights, 'USD', checkIn, 'NON_REFUNDABLE'),
        ];
        const accommodation = buildAccommodation(`acc_local${i}`, `Local Hotel ${i + 1}`, loc.latitude, loc.longitude, rates);
        return {
          id: nextId('srr'),
          check_in_date: checkIn,
          check_out_date: body.check_out_date as string,
          accommodation,
          rooms: body.rooms as number,
          guests: body.guests as StaysSearchResult['guests'],
          cheapest_rate_total_amount: rates[1]!.total_amount,
          cheapest_rate_currency: rates[1]!.total_currency,
          cheapest_rate_base_amount: null,
          cheapest_rate_base_currency: null,
          cheapest_rate_public_amount: null,
          cheapest_rate_public_currency: currency,
          cheapest_rate_due_at_accommodation_amount: null,
          cheapest_rate_due_at_accommodation_currency: null,
          expires_at: new Date(Date.now() + 30 * 60_000).toISOString(),
        };
      });
      for (const r of results) searchResults.set(r.id, r);
      // The search answer lists hotels without their rooms; rates come from fetch_all_rates.
      return { status: 201, payload: { data: { results: results.map((r) => ({ ...r, accommodation: { ...r.accommodation, rooms: [] } })), created_at: new Date().toISOString() } } };
    }
    if (method === 'POST' && (m = /^\/stays\/search_results\/([\w-]+)\/actions\/fetch_all_rates$/.exec(path))) {
      const r = searchResults.get(m[1]!);
      if (!r) throw notFound('Search result');
      return { status: 200, payload: { data: r } };
    }
    if (method === 'POST' && path === '/stays/quotes') {
      const rateId = body.rate_id as string;
      const result = [...searchResults.values()].find((r) => r.accommodation.rooms.some((room) => room.rates.some((rate) => rate.id === rateId)));
      if (!result) throw notFound('Rate');
      if (faults.offerGone) throw new HttpError(422, { type: 'invalid_state_error', code: 'rate_unavailable', title: 'Rate unavailable', message: 'The rate is no longer available' });
      const rate = result.accommodation.rooms.flatMap((room) => room.rates).find((x) => x.id === rateId)!;
      const quote: StaysQuote = {
        id: nextId('quo'),
        check_in_date: result.check_in_date,
        check_out_date: result.check_out_date,
        accommodation: result.accommodation,
        total_amount: rate.total_amount,
        total_currency: rate.total_currency,
        base_amount: null,
        base_currency: rate.total_currency,
        fee_amount: null,
        fee_currency: rate.total_currency,
        tax_amount: null,
        tax_currency: rate.total_currency,
        due_at_accommodation_amount: null,
        due_at_accommodation_currency: rate.total_currency,
        deposit_amount: null,
        deposit_currency: rate.total_currency,
        supported_loyalty_programme: null,
        rooms: result.rooms,
        guests: result.guests,
      };
      quotes.set(quote.id, quote);
      return { status: 201, payload: { data: quote } };
    }
    if (method === 'POST' && path === '/stays/bookings') {
      const quote = quotes.get(body.quote_id as string);
      if (!quote) throw notFound('Quote');
      const booking = once(body, bookings, () => ({
        id: nextId('bok'),
        email: body.email as string,
        phone_number: body.phone_number as string,
        accommodation: quote.accommodation,
        check_in_date: quote.check_in_date,
        check_out_date: quote.check_out_date,
        reference: `LCLH${seq}`,
        status: 'confirmed' as const,
        confirmed_at: new Date().toISOString(),
        cancelled_at: null,
        guests: body.guests as StaysBooking['guests'],
        supported_loyalty_programme: null,
        loyalty_programme_account_number: null,
        rooms: quote.rooms,
        metadata: (body.metadata as Record<string, string>) ?? null,
        key_collection: null,
        estimated_commission_amount: null,
        estimated_commission_currency: null,
      }));
      bookings.set(booking.id, booking);
      return { status: 201, payload: { data: booking }, commit: true };
    }
    if (method === 'POST' && (m = /^\/stays\/bookings\/([\w-]+)\/actions\/cancel$/.exec(path))) {
      const booking = bookings.get(m[1]!);
      if (!booking) throw notFound('Booking');
      booking.status = 'cancelled';
      booking.cancelled_at ??= new Date().toISOString();
      return { status: 200, payload: { data: booking } };
    }
    throw notFound(`${method} ${path}`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    state.requests++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://local');
    const raw = Buffer.concat(chunks).toString('utf8');
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${state.requests}`, ...headers });
      res.end(JSON.stringify(payload));
    };
    if (url.pathname === '/__control/faults' && req.method === 'POST') {
      faults = { ...NO_FAULTS, ...(JSON.parse(raw || '{}') as Partial<Faults>) };
      return send(200, { data: faults });
    }
    if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
    const meta = { request_id: `req_${state.requests}` };
    if (faults.rateLimited > 0) {
      faults.rateLimited--;
      return send(429, { meta: { ...meta, status: 429 }, errors: [{ type: 'rate_limit_error', code: 'rate_limit_exceeded', title: 'Too many requests', message: 'Slow down', documentation_url: '' }] }, { 'ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) });
    }
    if (faults.serverErrors > 0) {
      faults.serverErrors--;
      return send(500, { meta: { ...meta, status: 500 }, errors: [{ type: 'api_error', code: 'internal_server_error', title: 'Internal error', message: 'Something went wrong', documentation_url: '' }] });
    }
    if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) {
      return send(401, { meta: { ...meta, status: 401 }, errors: [{ type: 'authentication_error', code: 'unauthorized', title: 'Unauthorized', message: 'Missing access token', documentation_url: '' }] });
    }
    try {
      const body = raw ? ((JSON.parse(raw) as { data?: Json }).data ?? {}) : {};
      const { status, payload, commit } = await route(req.method ?? 'GET', url.pathname.replace(/\/+$/, ''), url.searchParams, body);
      if (commit && faults.dropAfterCommit > 0) {
        faults.dropAfterCommit--;
        req.socket.destroy();
        return;
      }
      send(status, payload);
    } catch (error) {
      if (error instanceof HttpError) return send(error.status, { meta: { ...meta, status: error.status }, errors: [{ ...error.error, documentation_url: '' }] });
      throw error;
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ type: 'api_error', code: 'internal_server_error', title: 'Internal error', message: String(error), documentation_url: '' }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    state,
    setFaults: (f) => void (faults = { ...faults, ...f }),
    async sendAirlineChange(target, secret, orderId, at = new Date()) {
      // The change is on the order (and accepted through its own endpoint), as Duffel keeps it.
      const order = orders.get(orderId);
      const change: AirlineInitiatedChange = {
        id: nextId('aic'),
        order_id: orderId,
        action_taken: null,
        action_taken_at: null,
        added: order?.slices ?? [],
        removed: order?.slices ?? [],
        available_actions: ['accept', 'cancel', 'change', 'update'],
        created_at: at.toISOString(),
        travel_agent_ticket: null,
      } as AirlineInitiatedChange;
      airlineChanges.set(change.id, change);
      order?.airline_initiated_changes.push(change);
      const body = JSON.stringify({ id: nextId('wev'), type: 'order.airline_initiated_change_detected', created_at: at.toISOString(), data: { object: { id: change.id, order_id: orderId } } });
      const signature = signDuffelWebhook(secret, body, Math.floor(at.getTime() / 1000));
      const res = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', 'x-duffel-signature': signature }, body });
      return { status: res.status, body, signature };
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
