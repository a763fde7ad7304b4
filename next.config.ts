import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A separate build folder lets two checkouts' test runs build side by side (NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  typedRoutes: false,
  // `npm test` type-checks the whole project (npm run typecheck) before the end-to-end tests build the
  // app; their build (KARVAN_BUILD_TYPECHECKED=1, set in playwright.config.ts) does not repeat it,
  // about a minute on two cores. Every other build checks types.
  typescript: { ignoreBuildErrors: process.env.KARVAN_BUILD_TYPECHECKED === '1' },
  // Resolve metadata before the first byte for every visitor, not only for bots: otherwise the
  // <title> streams in after the body and assistive technology (and axe) can meet a page without one.
  htmlLimitedBots: /.*/,
  // pdfkit reads its font metrics and ICC profile from its own folder at run time: load it from
  // node_modules as the tests do instead of bundling it.
  // pino and prom-client keep process-wide state that our HTTP server (lib/cli/serve.ts) shares with the routes.
  serverExternalPackages: ['pdfkit', 'pino', 'prom-client'],
  // The container image runs the self-contained server (README, Container image). It must carry the page
  // cache handler, loaded by path at run time, and the migrations /api/ready compares with the database.
  output: 'standalone',
  outputFileTracingIncludes: {
    '/*': ['./lib/cache/page-cache-handler.mjs', './prisma/migrations/**/*', './content/**/*'],
  },
  // Public pages are cached in memory by our own bounded handler (lib/cache/page-cache-handler.mjs),
  // not on disk by the default one: query-string pages have an endless supply of keys.
  cacheHandler: path.join(process.cwd(), 'lib/cache/page-cache-handler.mjs'),
  cacheMaxMemorySize: 0,
};

export default withNextIntl(nextConfig);
