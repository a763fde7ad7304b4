import { formFields } from './html-form';
import { HttpSession, type Answer } from './http-session';
import { actionRedirect, callAction, formActionId } from './server-actions';
import type { LoadStats, RouteKind } from './stats';

/** A business answer, not a failure: the seats went to someone else, the price moved, the look-up limit. */
/**
 * Letters of this run in every traveller's surname: the load database is kept between runs, and the same
 * person on the same flight date again is refused as a duplicate booking (Agreement rules), not an error.
 */
const RUN_LETTERS = Array.from({ length: 3 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');

const REFUSAL = /soldOut|SOLD_OUT|priceChanged|PRICE_CHANGED|tripChanged|holdExpired|rateLimited|bookingClosed|offerUnavailable/;

export type Booking = { reference: string; surname: string; lookups: number; session: HttpSession | null };

export type JourneyContext = {
  bases: string[];
  stats: LoadStats;
  sandboxActionId: string;
  bookings: Booking[];
  nextIp(): string;
};

class Refused extends Error {}

/** One timed request; anything but `expect` (or a redirect when `expect` is 'redirect') is an error of that kind. */
async function step(ctx: JourneyContext, kind: RouteKind, run: () => Promise<Answer>, expect: 200 | 'action' = 200): Promise<Answer> {
  let answer: Answer;
  try {
    answer = await run();
  } catch (error) {
    ctx.stats.error(kind, (error as Error).message);
    throw error;
  }
  const good = expect === 200 ? answer.status === 200 : answer.status < 400 && (actionRedirect(answer) !== null || answer.status === 200);
  if (!good) {
    ctx.stats.error(kind, `${answer.status} ${answer.text.slice(0, 160).replace(/\s+/g, ' ')}`);
    throw new Error(`${kind} answered ${answer.status}`);
  }
  ctx.stats.ok(kind, answer.ms);
  if (expect === 'action' && actionRedirect(answer) === null) {
    if (REFUSAL.test(answer.text)) {
      ctx.stats.refused(kind);
      throw new Refused(kind);
    }
    ctx.stats.error(kind, `no redirect: ${answer.text.slice(0, 200).replace(/\s+/g, ' ')}`);
    throw new Error(`${kind}: the action did not redirect`);
  }
  return answer;
}

const pathOf = (url: string) => {
  const u = new URL(url, 'http://x');
  return u.pathname + u.search;
};

let travellerNumber = 0;

/**
 * Add to trip → trip → checkout page → place order (card, sandbox) → the sandbox's payment page → pay:
 * one traveller with its own cookie jar, each request on the next web process.
 */
export async function checkoutJourney(ctx: JourneyContext, offerPath: string): Promise<void> {
  const n = ++travellerNumber;
  const session = new HttpSession(ctx.bases, ctx.nextIp());
  ctx.stats.journeys.started++;
  try {
    const offer = await step(ctx, 'offer', () => session.request(offerPath));
    const add = formFields(offer.text, 'offerId');
    const value = (name: string) => add.find((f) => f.name === name)?.value ?? '';
    await step(ctx, 'trip', () => callAction(session, offerPath, formActionId(offer.text, 'offerId'), [['kind', value('kind')], ['offerId', value('offerId')]]), 'action');
    await step(ctx, 'trip', () => session.request('/en/trip'));
    const page = await step(ctx, 'checkout', () => session.request('/en/checkout'));
    const surname = `LOAD${RUN_LETTERS}${String.fromCharCode(65 + (n % 26))}${String.fromCharCode(65 + (Math.floor(n / 26) % 26))}`;
    const fields = checkoutValues(formFields(page.text, 'idempotencyKey'), n, surname);
    const placed = await step(ctx, 'checkout', () => callAction(session, '/en/checkout', formActionId(page.text, 'idempotencyKey'), fields), 'action');
    const payPath = pathOf(actionRedirect(placed)!);
    const sessionId = /\/sandbox-pay\/([^/?]+)/.exec(payPath)?.[1];
    if (!sessionId) {
      ctx.stats.error('checkout', `placing the order led to ${payPath}, not the sandbox's payment page`);
      return;
    }
    await step(ctx, 'payment', () => session.request(payPath));
    const paid = await step(ctx, 'payment', () => callAction(session, payPath, ctx.sandboxActionId, [['sessionId', sessionId], ['outcome', 'success']]), 200);
    const reference = /ref=([A-Z0-9-]+)/.exec(paid.text)?.[1];
    if (!reference) {
      ctx.stats.error('payment', `no booking reference in the payment's answer: ${paid.text.slice(0, 200)}`);
      return;
    }
    ctx.stats.journeys.paid++;
    ctx.bookings.push({ reference, surname, lookups: 0, session: null });
  } catch (error) {
    if (!(error instanceof Refused) && !(error instanceof Error)) throw error;
  }
}

/** The checkout form as a traveller fills it: one adult's details, card payment, the two required consents. */
export function checkoutValues(fields: ReturnType<typeof formFields>, n: number, surname: string): [string, string][] {
  const out: [string, string][] = [];
  for (const f of fields) {
    if (f.name.startsWith('$ACTION')) continue;
    const leaf = f.name.split('.').at(-1)!;
    if (f.type === 'hidden') out.push([f.name, f.value]);
    else if (f.name === 'contact.email') out.push([f.name, `load-${process.pid}-${n}@example.com`]);
    else if (f.name === 'contact.phone') out.push([f.name, '+994501234567']);
    else if (leaf === 'dateOfBirth' || leaf === 'bookerDateOfBirth') out.push([f.name, '1986-04-12']);
    else if (leaf === 'firstName') out.push([f.name, 'LOAD']);
    else if (leaf === 'lastName') out.push([f.name, surname]);
    else if (leaf === 'gender') out.push([f.name, f.options.find(Boolean) ?? '']);
    else if (leaf === 'nationality') out.push([f.name, f.options.includes('AZ') ? 'AZ' : (f.options.find(Boolean) ?? '')]);
    else if (leaf === 'documentNumber') out.push([f.name, `L${process.pid % 10000}${String(n).padStart(6, '0')}`]);
    else if (leaf === 'documentExpiry') out.push([f.name, '2034-06-30']);
    else if (f.name === 'paymentMethod') {
      if (f.value === 'CARD') out.push([f.name, 'CARD']);
    } else if (f.name === 'consents.agreement' || f.name === 'consents.dataProcessing') out.push([f.name, 'on']);
    else if (f.type === 'number') out.push([f.name, f.value]);
  }
  out.push(['intent', 'pay']);
  return out;
}

/** Manage booking: the look-up form (reference + surname) → the booking page; a traveller who looked up before comes back with the cookie. */
export async function bookingVisit(ctx: JourneyContext, booking: Booking): Promise<void> {
  try {
    if (booking.session && booking.lookups >= 3) {
      await step(ctx, 'booking', () => booking.session!.request(`/en/booking/${booking.reference}`));
      return;
    }
    booking.lookups++;
    const session = new HttpSession(ctx.bases, ctx.nextIp());
    const form = await step(ctx, 'booking', () => session.request('/en/booking'));
    const found = await step(ctx, 'booking', () => callAction(session, '/en/booking', formActionId(form.text, 'surname'), [['reference', booking.reference], ['surname', booking.surname]]), 'action');
    await step(ctx, 'booking', () => session.request(pathOf(actionRedirect(found)!)));
    booking.session = session;
  } catch {
    // counted by step()
  }
}
