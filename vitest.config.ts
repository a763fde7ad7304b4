import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts'],
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
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['lib/rules/**/*.ts'],
      exclude: ['lib/rules/**/*.test.ts'],
      thresholds: { 'lib/rules/**': { lines: 100 } },
      reporter: ['text-summary', 'text'],
    },
  },
});
