import path from 'node:path';
import { build } from 'esbuild';

export const STANDALONE_SERVER_FILE = 'karvan-server.mjs';

/**
 * Bundles lib/cli/serve-standalone.ts into one ES module beside the standalone output's server.js. Our
 * own modules go inside; packages (next, pg, pino, prom-client) stay imports, resolved from the
 * standalone node_modules, so the server shares pino's and prom-client's state with Next's routes.
 */
export async function bundleStandaloneServer(distDir: string): Promise<string> {
  const outfile = path.resolve(distDir, 'standalone', STANDALONE_SERVER_FILE);
  await build({
    entryPoints: [path.resolve('lib/cli/serve-standalone.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
