import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'content', 'public', 'next.config.ts', 'proxy.ts', 'instrumentation.ts', 'postcss.config.mjs', 'package-lock.json'];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** `npm start` builds on first run and again when a source file is newer than the last build. */
export function buildIsStale(cwd = process.cwd()): boolean {
  const buildId = path.join(cwd, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(cwd, s)) > built);
}

export function runNext(args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()) {
  return spawn(process.execPath, [path.join(cwd, 'node_modules', 'next', 'dist', 'bin', 'next'), ...args], {
    cwd,
    env,
    stdio: 'inherit',
  });
}

export function nextBuild(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = runNext(['build'], env);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
}
