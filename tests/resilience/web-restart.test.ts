/**
 * Scenario (f): a web process restarted during checkout. Two real Next.js web processes (lib/cli/serve.ts,
 * started as `npm run start:cluster` starts them, from the production build) on this file's database; one
 * traveller with a cookie jar adds a flight to the trip and places the order on web process A, A gets
 * SIGTERM and is started again, and the traveller goes on with the same cookies on B: the order and its
 * hold are still there, the sandbox payment completes, the order is PAID, and a worker issues it. The
 * restarted A then shows the same traveller (its cookies) the paid order where the payment sent it.
 */
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { configureBookingTestEnv, createFlight } from '../support/booking-factories';
import { formFields } from '@/lib/bench/load/html-form';
import { HttpSession } from '@/lib/bench/load/http-session';
import { checkoutValues } from '@/lib/bench/load/journeys';
import { actionRedirect, callAction, formActionId, manifestActionId } from '@/lib/bench/load/server-actions';
import { buildIsStale, nextBuild } from '@/lib/cli/build-if-stale';
import { spawnWeb, spawnWorker } from '@/lib/cli/launch';
import { root, until } from './support/processes';

configureBookingTestEnv({ MAIL_FROM: 'Karvan <no-reply@karvan.test>' });
delete process.env.SMTP_URL;

const { db } = await import('@/lib/db/client');

// +5 and +6: the default 3658/3659 never answered, because fetch refuses port 3659 (the Fetch standard's
// "bad ports" list), which made this scenario fail on every fresh clone.
const WEB_PORT = Number(process.env.RESILIENCE_PORT ?? 3655) + 5;
const bases = [`http://127.0.0.1:${WEB_PORT}`, `http://127.0.0.1:${WEB_PORT + 1}`] as const;

const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  HOST: '127.0.0.1',
  AUTH_TRUST_HOST: 'true',
  APP_URL: bases[0],
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});

// As `npm run start:cluster` starts them when it runs workers: no jobs inside the web processes.
const web = (port: number) => spawnWeb(env(), port, { KARVAN_EMBEDDED_JOBS: '0' });
const lastReady = new Map<string, string>();
const ready = (base: string) =>
  fetch(`${base}/api/ready`).then(
    async (r) => (lastReady.set(base, `${r.status} ${(await r.text()).slice(0, 200)}`), r.ok),
    (e: unknown) => (lastReady.set(base, `${String(e)} ${String((e as { cause?: unknown }).cause ?? '')}`), false),
  );
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
/** Ready, and fail at once (not after the timeout) when the process died, e.g. its port was taken. */
const readyOrDead = async (child: ChildProcess, base: string) => {
  if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the web process for ${base} exited (${child.exitCode ?? child.signalCode})`);
  return ready(base);
};
const pathOf = (url: string) => {
  const u = new URL(url, 'http://x');
  return u.pathname + u.search;
};

describe('a web process restarted during checkout', () => {
  it("keeps the traveller's trip and hold, and the payment completes on the other process", async () => {
    if (process.env.KARVAN_SKIP_BUILD !== '1' && buildIsStale(root)) await nextBuild(env());
    const flight = await createFlight({ seats: 9 });
    const children: ChildProcess[] = [];
    try {
      let webA = web(WEB_PORT);
      const webB = web(WEB_PORT + 1);
      children.push(webA, webB);
      await until(async () => (await readyOrDead(webA, bases[0])) && (await readyOrDead(webB, bases[1])), () => `both web processes ready; last answers: ${JSON.stringify([...lastReady])}`, 90_000);

      // On A: the offer page, add to trip, the checkout page, place the order (card, sandbox) → the payment page.
      const onA = new HttpSession(bases[0], '10.9.0.1');
      const offerPath = `/en/flights/offer/${flight.offerId(1)}`;
      let offer = await onA.request(offerPath);
      if (offer.status >= 300 && offer.status < 400) offer = await onA.request(pathOf(offer.headers.get('location')!));
      expect(offer.status, offer.text.slice(0, 300)).toBe(200);
      const add = formFields(offer.text, 'offerId');
      const value = (name: string) => add.find((f) => f.name === name)?.value ?? '';
      const added = await callAction(onA, offerPath, formActionId(offer.text, 'offerId'), [['kind', value('kind')], ['offerId', value('offerId')]]);
      expect(actionRedirect(added), added.text.slice(0, 300)).not.toBeNull();
      const trip = await db.trip.findFirstOrThrow({ include: { items: true } });
      expect(trip.items).toHaveLength(1);
      const page = await onA.request('/en/checkout');
      expect(page.status).toBe(200);
      const placed = await callAction(onA, '/en/checkout', formActionId(page.text, 'idempotencyKey'), checkoutValues(formFields(page.text, 'idempotencyKey'), 1, 'RESTART'));
      const payPath = pathOf(actionRedirect(placed) ?? '');
      const sessionId = /\/sandbox-pay\/([^/?]+)/.exec(payPath)?.[1];
      expect(sessionId, placed.text.slice(0, 300)).toBeDefined();
      const order = await db.order.findFirstOrThrow({ include: { holds: true } });
      expect(order.status).toBe('HELD');
      expect(order.holds.map((h) => h.status)).toEqual(['HELD']);

      // A is stopped (graceful SIGTERM, exit 0) and started again while the traveller goes on on B.
      webA.kill('SIGTERM');
      expect(await exited(webA)).toBe(0);
      webA = web(WEB_PORT);
      children.push(webA);
      const onB = onA.onto(bases[1]);
      const pay = await onB.request(payPath);
      expect(pay.status).toBe(200);
      const afterRestart = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { holds: true } });
      expect(afterRestart.status).toBe('HELD');
      expect(afterRestart.holds.map((h) => [h.status, h.expiresAt.getTime()])).toEqual(order.holds.map((h) => [h.status, h.expiresAt.getTime()]));
      const paid = await callAction(onB, payPath, manifestActionId(root, 'completeSandboxPaymentAction'), [['sessionId', sessionId!], ['outcome', 'success']]);
      expect(paid.status).toBe(200);
      expect(paid.text).toContain(`ref=${order.reference}`);
      expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('PAID');

      // Nothing issues it until a worker runs (the web processes run no jobs); the restarted A shows the same traveller the booking.
      const worker = spawnWorker(env());
      children.push(worker);
      await until(async () => (await db.order.findUniqueOrThrow({ where: { id: order.id } })).status === 'ISSUED', 'the order issued', 60_000);
      await until(() => ready(bases[0]), 'web process A ready again', 90_000);
      // Where the payment sent the traveller: the order's page, which only its trip cookie opens.
      const landing = /"redirectUrl":"([^"]+)"/.exec(paid.text)?.[1];
      expect(landing, paid.text.slice(0, 300)).toBeDefined();
      const booking = await onB.onto(bases[0]).request(pathOf(landing!));
      expect(booking.status, booking.text.slice(0, 300)).toBe(200);
      expect(booking.text).toContain(order.reference);
      const events = await db.orderEvent.findMany({ where: { orderId: order.id } });
      expect(events.filter((e) => e.toStatus === 'PAID')).toHaveLength(1);
      expect(events.filter((e) => e.toStatus === 'ISSUED')).toHaveLength(1);
      expect(await db.payment.count({ where: { orderId: order.id, status: 'SUCCEEDED' } })).toBe(1);
    } finally {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 300_000);
});
