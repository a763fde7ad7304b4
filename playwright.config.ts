import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './lib/bench/layout-shift';

// Test files that read the database (tests/e2e/alerts.spec.ts) import lib/ modules marked 'server-only', which
// throws outside the react-server condition. As in vitest.config.ts, tests resolve it to its empty module; the
// config is read by the runner and by every worker, so both get the hook. The server is started as usual below.
const emptyServerOnly = pathToFileURL(`${import.meta.dirname}/node_modules/server-only/empty.js`).href;
register(
  `data:text/javascript,${encodeURIComponent(
    `export const resolve = (specifier, context, next) => specifier === 'server-only' ? { url: ${JSON.stringify(emptyServerOnly)}, shortCircuit: true } : next(specifier, context);`,
  )}`,
);

const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR ?? '.data/e2e';
// Debian's chromium-headless-shell: the same Chromium as /usr/bin/chromium, built as the headless-only shell that
// Playwright itself launches for headless tests. The full browser's headless mode runs its whole browser and GPU
// process stack and cost 40 % more CPU for the same tests (README, "The whole run").
const chromium =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((binary) => existsSync(binary));
// Tests share nothing but the server: each makes its own accounts, trips and orders (tests/e2e/fixtures.ts).
const workers = Number(process.env.E2E_WORKERS ?? 2);
// The latest day any test books or searches is 32 days ahead; the rest of the demo catalog is never read.
const catalogDays = process.env.KARVAN_CATALOG_DAYS ?? '40';
// A second server of the same build with flights and hotels from a local Duffel (issue 21), for the one spec that
// books through Duffel (the other specs assume catalog-only results). E2E_DUFFEL=0 leaves it out.
const duffel = process.env.E2E_DUFFEL !== '0';
const duffelPort = Number(process.env.E2E_DUFFEL_PORT ?? port + 3);
const duffelApiPort = Number(process.env.E2E_DUFFEL_API_PORT ?? port + 4);
const duffelPgPort = Number(process.env.E2E_DUFFEL_PG_PORT ?? Number(process.env.E2E_PG_PORT ?? 54331) + 3);
const duffelDataDir = `${dataDir}-duffel`;
const DUFFEL_SPEC = /duffel-journey\.spec\.ts$/;
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: chromium,
    args: CHROMIUM_ARGS,
  },
};
const server = {
  command: `rm -rf ${dataDir} && tsx --conditions=react-server lib/cli/start.ts`,
  url: `http://localhost:${port}/api/health`,
  // next build plus the (shortened) catalog seed: about 2–3 minutes on an idle machine, more on a busy one.
  timeout: 600_000,
  reuseExistingServer: false,
  stdout: 'pipe' as const,
  stderr: 'pipe' as const,
  env: { PORT: String(port), KARVAN_DATA_DIR: dataDir, EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? '54331', DATABASE_URL: '', KARVAN_CATALOG_DAYS: catalogDays, KARVAN_BUILD_TYPECHECKED: '1' },
};
// Started once the first server is up, so it reuses that build (the supplier choice is read at run time) and never
// builds a second time; its catalog is short (the spec books 10–14 days ahead).
const duffelServer = {
  ...server,
  command: `until curl -sf http://localhost:${port}/api/health >/dev/null; do sleep 2; done; rm -rf ${duffelDataDir} && tsx --conditions=react-server lib/cli/dev-duffel.ts`,
  url: `http://localhost:${duffelPort}/api/health`,
  env: {
    ...server.env,
    PORT: String(duffelPort),
    KARVAN_DATA_DIR: duffelDataDir,
    EMBEDDED_PG_PORT: String(duffelPgPort),
    KARVAN_CATALOG_DAYS: '16',
    DUFFEL_LOCAL_PORT: String(duffelApiPort),
    APP_URL: `http://localhost:${duffelPort}`,
  },
};

/**
 * End-to-end tests against the production build served by the real launcher on a fresh embedded
 * database (.data/e2e), in Debian's Chromium. Playwright cannot download a browser on these machines.
 * Tests run in parallel workers, every test in any order: none reads another's leftovers.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // Recording a trace for every test costs CPU the tests need: on CI,
    // where a failed test runs again, only the retry records one; locally every failure keeps its trace.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    locale: 'en-GB',
  },
  projects: [
    { name: 'chromium', testIgnore: DUFFEL_SPEC, use: browser },
    ...(duffel ? [{ name: 'duffel', testMatch: DUFFEL_SPEC, use: { ...browser, baseURL: `http://localhost:${duffelPort}` } }] : []),
  ],
  webServer: duffel ? [server, duffelServer] : server,
});
