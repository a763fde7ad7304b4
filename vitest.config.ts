import { defineConfig } from 'vitest/config';
import path from 'node:path';

// lib/pricing's reads and writes of the database: the unit project has no database, so these are covered by
// tests/integration (pricing.test.ts, checkout-*, after-sales-*); every pure pricing function is held to 100 %.
const PRICING_DATABASE_FILES = [
  'lib/pricing/count-promo-uses.ts',
  'lib/pricing/latest-display-rates.ts',
  'lib/pricing/latest-display-pricing.ts',
  'lib/pricing/fee-schedule-of-order.ts',
  'lib/pricing/list-fee-schedule-versions.ts',
  'lib/pricing/load-current-fee-schedule.ts',
  'lib/pricing/load-fee-schedules.ts',
  'lib/pricing/load-pricing-rates.ts',
  'lib/pricing/load-promo-code.ts',
  'lib/pricing/price-trip.ts',
  'lib/pricing/publish-fee-schedule-version.ts',
];

// Test files at once (VITEST_WORKERS, INTEGRATION_WORKERS to change): tuned for the 2-core CI machine (README, "The whole run").
const WORKERS = Number(process.env.VITEST_WORKERS ?? 2);
const INTEGRATION_WORKERS = Number(process.env.INTEGRATION_WORKERS ?? 3);

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Tests run outside the react-server condition; 'server-only' is what Next's server bundle makes of it: nothing.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          // Vitest's default is one worker per core but one (2 − 1 here); the files are short and independent.
          maxWorkers: WORKERS,
          // npm test runs them beside the build: a PDF render or a catalog build can take over Vitest's 5 s default
          // on a busy 2-core machine (seen at load average 20), which says nothing about the behaviour under test.
          testTimeout: 20_000,
          environment: 'node',
          setupFiles: ['tests/setup/fail-on-console-error.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // next-auth and next-intl import 'next/server' (etc.) without an extension, which Node's own ESM
          // resolver rejects: let Vite resolve them (the tests drive the Auth.js handlers and the pages).
          server: { deps: { inline: ['next-auth', 'next-intl'] } },
          globalSetup: ['tests/setup/global-postgres.ts'],
          setupFiles: ['tests/setup/test-database.ts', 'tests/setup/fail-on-console-error.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // Every file has its own database and picks free ports, and many wait on timers, servers and child
          // processes rather than compute: three files at once (Vitest's default would be one here), which keeps
          // both cores busy once e2e has finished. The 100-at-once tests used to time out waiting for a pooled
          // connection at three; bursts now wait for the pool (lib/db/client.ts, POOL_WAIT_MS).
          maxWorkers: INTEGRATION_WORKERS,
        },
      },
      {
        extends: true,
        test: {
          // npm run test:resilience: real separate processes breaking things on one embedded PostgreSQL (README).
          name: 'resilience',
          include: ['tests/resilience/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/resilience/support/global-setup.ts'],
          setupFiles: ['tests/setup/test-database.ts'],
          // The scenarios start processes and own the machine's two cores: one file at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['lib/rules/**/*.ts', 'lib/pricing/**/*.ts'],
      exclude: ['lib/rules/**/*.test.ts', 'lib/pricing/**/*.test.ts', ...PRICING_DATABASE_FILES],
      thresholds: { 'lib/rules/**': { lines: 100 }, 'lib/pricing/**': { lines: 100 } },
      reporter: ['text-summary', 'text'],
    },
  },
});
