/**
 * `npm start`: with DATABASE_URL, serves the app against that database (production; migrations are
 * `npm run db:migrate`). Without it, the embedded default: a real PostgreSQL under .data/, migrations,
 * demo data once, sandbox payments, the mail outbox and the background jobs inside the web process —
 * nothing else to install. One web process (lib/cli/serve.ts); SIGTERM/Ctrl+C stops it gracefully.
 */
import { launcherLog, onStopSignal, prepareLaunch, spawnWeb } from './launch';

async function main() {
  const port = process.env.PORT ?? '3000';
  const launch = await prepareLaunch(port);
  const server = spawnWeb(launch.env, Number(port));
  // Links in mails (and the payment page's return links, outside loopback) are built on APP_URL;
  // cookies belong to one host name, so say which one to open.
  launcherLog(`serving on ${launch.env.APP_URL ?? `http://localhost:${port}`} — open this address (links in mails point there; set APP_URL to use another)`);
  onStopSignal((signal) => server.kill(signal));
  server.on('exit', (code) => {
    void launch.release().then(() => process.exit(code ?? 0));
  });
}

main().catch((error) => {
  launcherLog(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
