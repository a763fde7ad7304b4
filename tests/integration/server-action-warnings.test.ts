/**
 * A real web process (lib/cli/serve.ts, the production build) answering server actions logs no
 * `MaxListenersExceededWarning` (issue 17): under `npm run load` every server-action request logged
 * "11 close listeners added to [ServerResponse]". Needs the production build: built here when stale.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIsStale, nextBuild } from '@/lib/cli/build-if-stale';
import { HttpSession } from '@/lib/bench/load/http-session';
import { formFields } from '@/lib/bench/load/html-form';
import { callAction, formActionId } from '@/lib/bench/load/server-actions';
import { db } from '@/lib/db/client';
import { addDays, localDateOf } from '@/lib/inventory/catalog';
import { seedSmallCatalog } from './catalog-helpers';
import { productionProcessEnv } from '../support/production-process-env';

const root = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env.ACTION_WARNINGS_TEST_PORT ?? 36_000 + (Number(process.env.TEST_PG_PORT ?? 55_600) % 100) + 9);

beforeAll(async () => {
  if (process.env.KARVAN_SKIP_BUILD !== '1' && buildIsStale(root)) await nextBuild({ ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });
  await seedSmallCatalog();
}, 600_000);

/** A flight offer page as the results page links it (a public page: the proxy rewrites it to its cached route). */
async function flightOfferPath(session: HttpSession): Promise<string> {
  const depart = addDays(localDateOf(new Date()), 3);
  const routes = await db.$queryRawUnsafe<{ origin: string; destination: string }[]>(
    `SELECT DISTINCT origin::text AS origin, destination::text AS destination FROM flight_segments WHERE departure_date = $1::date LIMIT 5`,
    depart,
  );
  for (const route of routes) {
    const query = new URLSearchParams({ from: route.origin.trim(), to: route.destination.trim(), trip: 'oneway', depart, adults: '1', children: '0', infants: '0', cabin: 'ECONOMY' });
    const results = await session.request(`/en/flights?${query}`);
    const href = /href="(\/en\/flights\/offer\/[^"]+)"/.exec(results.text)?.[1];
    if (href) return href.replaceAll('&amp;', '&');
  }
  throw new Error('no flight offer on the results pages');
}

describe('a web process answering server actions', () => {
  it('logs no MaxListenersExceededWarning', async () => {
    const web = spawn(process.execPath, ['--trace-warnings', '--import', 'tsx', 'lib/cli/serve.ts'], {
      cwd: root,
      env: productionProcessEnv({ PORT: String(port), KARVAN_ROLE: 'web', APP_URL: `http://127.0.0.1:${port}` }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    web.stdout.on('data', (c) => (output += c));
    web.stderr.on('data', (c) => (output += c));
    const exited = once(web, 'exit');
    try {
      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 90_000;
      while (!(await fetch(`${base}/api/health`).then((r) => r.ok, () => false))) {
        if (Date.now() > deadline || web.exitCode !== null) throw new Error(`the web process did not start:\n${output}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      const session = new HttpSession([base], '198.51.100.23');
      const page = await session.request('/en/booking');
      expect(page.status).toBe(200);
      const actionId = formActionId(page.text, 'surname');
      // A miss (the form's answer, no redirect) and a malformed one (field errors), a few times each.
      for (let n = 0; n < 3; n++) {
        const miss = await callAction(session, '/en/booking', actionId, [['reference', `KRV-NONE${n}`], ['surname', 'Nobody']]);
        expect(miss.status).toBe(200);
        const malformed = await callAction(session, '/en/booking', actionId, [['reference', ''], ['surname', '']]);
        expect(malformed.status).toBe(200);
      }
      // "Add to trip" on a public offer page (rewritten by the proxy), which redirects to the trip.
      for (let n = 0; n < 3; n++) {
        const offerPath = await flightOfferPath(session);
        const offer = await session.request(offerPath);
        expect(offer.status).toBe(200);
        const fields = formFields(offer.text, 'offerId').map((f) => [f.name, f.value] as [string, string]);
        const added = await callAction(session, offerPath, formActionId(offer.text, 'offerId'), fields.filter(([name]) => name === 'kind' || name === 'offerId'));
        expect(added.status).toBeLessThan(400);
        expect(added.headers.get('x-action-redirect')).toContain('/en/trip');
      }
      // One that redirects (the sign-in form: a link is mailed, then the check-your-email page).
      const signIn = await session.request('/en/signin');
      const signInAction = formActionId(signIn.text, 'email');
      for (let n = 0; n < 3; n++) {
        const sent = await callAction(session, '/en/signin', signInAction, [['email', `warnings-${n}@example.test`], ['locale', 'en'], ['callbackUrl', '']]);
        expect(sent.status).toBeLessThan(400);
        expect(sent.headers.get('x-action-redirect')).toContain('/signin/check-email');
      }
    } finally {
      web.kill('SIGTERM');
      await exited;
    }
    expect(output).toContain('serving on');
    if (/MaxListeners/.test(output)) console.log(output.slice(output.indexOf('MaxListeners') - 200, output.indexOf('MaxListeners') + 3000));
    expect(output).not.toMatch(/MaxListenersExceededWarning/);
    // A web process starting (up to 90 s above) and a dozen page renders beside the rest of npm test.
  }, 180_000);
});
