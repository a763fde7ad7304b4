/**
 * `npm start`: with DATABASE_URL, serves the app against that database (production; migrations are
 * `npm run db:migrate`). Without it, the embedded default: a real PostgreSQL under .data/, migrations,
 * demo data once, sandbox payments and the mail outbox — nothing else to install.
 */
import { buildIsStale, nextBuild, runNext } from './build-if-stale';
import { openEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database';

const log = (line: string) => console.log(`[karvan] ${line}`);

async function main() {
  const port = process.env.PORT ?? '3000';
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: port };
  let embedded: EmbeddedDatabase | undefined;

  if (!process.env.DATABASE_URL) {
    const dataDir = process.env.KARVAN_DATA_DIR ?? '.data';
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    log(`starting the embedded PostgreSQL (${dataDir}/postgres, port ${pgPort})…`);
    embedded = await openEmbeddedDatabase(dataDir, pgPort, log);
    Object.assign(childEnv, {
      KARVAN_MODE: 'embedded',
      DATABASE_URL: embedded.url,
      AUTH_SECRET: process.env.AUTH_SECRET ?? embedded.secrets.authSecret,
      DATA_ENCRYPTION_KEY: process.env.DATA_ENCRYPTION_KEY ?? embedded.secrets.dataEncryptionKey,
      AUTH_TRUST_HOST: 'true',
      APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
    });
  }

  const stop = async (code: number) => {
    if (embedded) await embedded.release().catch((e) => console.error(e));
    process.exit(code);
  };

  try {
    if (process.env.KARVAN_SKIP_BUILD !== '1' && buildIsStale()) {
      log('building the app (first start or sources changed)…');
      await nextBuild({ ...childEnv, NODE_ENV: 'production' });
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }

  const server = runNext(['start', '-p', port, '-H', process.env.HOST ?? '0.0.0.0'], { ...childEnv, NODE_ENV: 'production' });
  const url = childEnv.APP_URL ?? `http://localhost:${port}`;
  // Links in mails (and the payment page's return links, outside loopback) are built on APP_URL;
  // cookies belong to one host name, so say which one to open.
  log(`serving on ${url} — open this address (links in mails point there; set APP_URL to use another)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.kill(signal);
    });
  }
  server.on('exit', (code) => void stop(code ?? 0));
}

main().catch((error) => {
  console.error(`[karvan] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
