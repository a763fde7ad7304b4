import 'server-only';
/**
 * `npm run dev:duffel`: the local Duffel (lib/inventory/duffel/local/server.ts) on DUFFEL_LOCAL_PORT
 * (default 4010) and the app (`npm start`, embedded database) with FLIGHT_SUPPLIER=duffel and
 * HOTEL_SUPPLIER=duffel pointed at it. Faults: POST http://127.0.0.1:<port>/__control/faults with a JSON
 * body such as {"latencyMs": 5000} or {"serverErrors": 100}; {} clears them.
 */
import { spawn } from 'node:child_process';
import { startLocalDuffel } from '../inventory/duffel/local/server';

async function main() {
  const local = await startLocalDuffel({ port: Number(process.env.DUFFEL_LOCAL_PORT ?? 4010) });
  process.stdout.write(`local Duffel on ${local.url} (faults: POST ${local.url}/__control/faults)\n`);
  const app = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/cli/start.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      FLIGHT_SUPPLIER: 'duffel',
      HOTEL_SUPPLIER: 'duffel',
      DUFFEL_ACCESS_TOKEN: process.env.DUFFEL_ACCESS_TOKEN ?? 'duffel_test_localdev',
      DUFFEL_API_URL: local.url,
      DUFFEL_WEBHOOK_SECRET: process.env.DUFFEL_WEBHOOK_SECRET ?? 'local-duffel-webhook-secret',
    },
  });
  const stop = (signal: NodeJS.Signals) => app.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  app.on('exit', async (code) => {
    await local.close();
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
