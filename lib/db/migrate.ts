import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Applies committed migrations with the Prisma CLI (WASM schema engine, driver adapter; see
 * prisma.config.ts). The preload unrefs the engine's idle timers so the command exits promptly.
 */
export function migrateDeploy(databaseUrl: string, cwd = process.cwd()): Promise<void> {
  const cli = path.join(cwd, 'node_modules', 'prisma', 'build', 'index.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', path.join(cwd, 'prisma', 'unref-timers.cjs'), cli, 'migrate', 'deploy'], {
      cwd,
      env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`))));
  });
}
