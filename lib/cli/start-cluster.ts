/**
 * `npm run start:cluster -- --web 2 --workers 2`: N web processes on consecutive ports from PORT
 * (3000) and M job workers, on the embedded PostgreSQL (or DATABASE_URL). The web processes do not run
 * jobs then; the workers do. Ctrl+C/SIGTERM stops them all gracefully, then the database.
 * Put a load balancer in front (README, "Scaling out") or hit the ports directly.
 */
import type { ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launcherLog, onStopSignal, prepareLaunch, spawnWeb, spawnWorker } from './launch';

export function clusterSize(argv: string[]): { web: number; workers: number } {
  const { values } = parseArgs({ args: argv, options: { web: { type: 'string', default: '2' }, workers: { type: 'string', default: '1' } } });
  const web = Number(values.web);
  const workers = Number(values.workers);
  if (!Number.isInteger(web) || web < 1 || web > 16) throw new Error('--web must be 1 to 16');
  if (!Number.isInteger(workers) || workers < 0 || workers > 16) throw new Error('--workers must be 0 to 16');
  return { web, workers };
}

async function main() {
  const { web, workers } = clusterSize(process.argv.slice(2));
  const basePort = Number(process.env.PORT ?? 3000);
  const launch = await prepareLaunch(String(basePort));
  // With no worker the first web process works the jobs, so a cluster never leaves them undone.
  const children: ChildProcess[] = [];
  for (let i = 0; i < web; i++) {
    children.push(spawnWeb(launch.env, basePort + i, { KARVAN_EMBEDDED_JOBS: workers === 0 && i === 0 ? '1' : '0' }));
  }
  for (let i = 0; i < workers; i++) children.push(spawnWorker(launch.env));
  launcherLog(`cluster: ${web} web on ports ${basePort}–${basePort + web - 1}, ${workers} worker(s)`);

  let stopping = false;
  const running = new Set(children);
  const stopAll = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    launcherLog(`${signal}: stopping ${running.size} process(es)…`);
    for (const child of running) child.kill('SIGTERM');
  };
  let failed = false;
  for (const child of children) {
    child.on('exit', (code) => {
      running.delete(child);
      if (code !== 0) failed = true;
      // One process dying unasked takes the cluster down: a half cluster would hide the failure.
      if (!stopping) stopAll('SIGTERM');
      if (running.size === 0) void launch.release().then(() => process.exit(failed ? 1 : 0));
    });
  }
  onStopSignal(stopAll);
}

main().catch((error) => {
  launcherLog(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
