/**
 * A web process for scenario (d): our real HTTP server (lib/server/http-server.ts) with the database
 * gate lib/cli/serve.ts gives Next.js, in front of a handler that writes to PostgreSQL through the app's
 * pool: POST /write/<id> records the id (idempotently) and answers 200, or fails when the database does.
 */
import { checkDatabase } from '@/lib/db/check-database';
import { db } from '@/lib/db/client';
import { bridgeConsoleToLogger, logger } from '@/lib/observe/logger';
import { startDatabaseGate } from '@/lib/server/database-gate';
import { startHttpServer } from '@/lib/server/http-server';

bridgeConsoleToLogger();
startHttpServer({
  port: Number(process.env.PORT),
  hostname: '127.0.0.1',
  log: logger(),
  shutdownTimeoutMs: 5_000,
  databaseGate: startDatabaseGate(() => checkDatabase(1000), 500),
  handler: async (req, res) => {
    const id = /^\/(?:[a-z]{2}\/)?write\/([\w-]+)$/.exec(req.url ?? '')?.[1];
    if (!id) {
      res.end('ok');
      return;
    }
    await db.$executeRaw`INSERT INTO resilience_writes (id) VALUES (${id}) ON CONFLICT DO NOTHING`;
    res.end('written');
  },
});
