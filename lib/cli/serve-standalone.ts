/**
 * The container image's web process (issue 17): our HTTP server (lib/server/http-server.ts: request
 * ids, metrics, the database gate, drain on SIGTERM) around Next's standalone output, instead of the
 * standalone `server.js`, which exits at once on SIGTERM. `npm run build:standalone-server` bundles this
 * file into `<standalone>/karvan-server.mjs` (lib/server/bundle-standalone-server.ts); run it there with
 * `node karvan-server.mjs`. Like server.js it takes PORT and HOSTNAME (HOST also works).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import { serveNext } from '../server/serve-next';

const dir = path.dirname(fileURLToPath(import.meta.url));
process.chdir(dir);
// What server.js does: the config the build wrote, so Next does not look for next.config.ts.
const { config } = JSON.parse(readFileSync(path.join(dir, '.next', 'required-server-files.json'), 'utf8')) as { config: NextConfig };
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

serveNext({ dir, conf: config, hostname: process.env.HOST ?? process.env.HOSTNAME }).catch((error: unknown) => {
  console.error('[karvan] the web server could not start:', error);
  process.exit(1);
});
