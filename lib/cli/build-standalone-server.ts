/**
 * `npm run build:standalone-server`, after `next build`: writes `<NEXT_DIST_DIR>/standalone/karvan-server.mjs`,
 * the draining web server the container image runs (lib/cli/serve-standalone.ts).
 */
import { bundleStandaloneServer } from '../server/bundle-standalone-server';

bundleStandaloneServer(process.env.NEXT_DIST_DIR ?? '.next').then(
  (file) => console.log(`[build:standalone-server] wrote ${file}`),
  (error: unknown) => {
    console.error('[build:standalone-server]', error);
    process.exit(1);
  },
);
