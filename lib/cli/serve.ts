/**
 * One web process from a built checkout: Next.js behind our HTTP server (lib/server/serve-next.ts).
 * `npm start` and `npm run start:cluster` run it. The container image runs the same server around the
 * standalone output (lib/cli/serve-standalone.ts).
 */
import { serveNext } from '../server/serve-next';

serveNext({ dir: process.cwd() }).catch((error: unknown) => {
  console.error('[karvan] the web server could not start:', error);
  process.exit(1);
});
