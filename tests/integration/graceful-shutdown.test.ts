/**
 * SIGTERM to a real web process in the middle of a request: it stops accepting connections, finishes
 * the request, then its jobs, and exits 0 (lib/server/http-server.ts).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const port = Number(process.env.GRACEFUL_TEST_PORT ?? 36_000 + Number(process.env.TEST_PG_PORT ?? 55_600) % 100 + 3);
const root = path.resolve(import.meta.dirname, '../..');

describe('graceful shutdown', () => {
  it('finishes the in-flight request and the jobs, refuses new connections, exits 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests/support/slow-http-server.ts')], {
      cwd: root,
      env: { ...process.env, PORT: String(port), SLOW_MS: '1500', KARVAN_ROLE: 'web' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    try {
      const deadline = Date.now() + 20_000;
      while (!output.includes('serving on')) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const slow = fetch(`http://127.0.0.1:${port}/slow`, { headers: { 'x-request-id': 'graceful-test-1' } });
      while (!output.includes('slow request started')) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGTERM');
      while (!output.includes('stopping')) await new Promise((r) => setTimeout(r, 20));
      // No new connections once stopping…
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
      // …but the request in flight is answered in full.
      const response = await slow;
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('done graceful-test-1');
      const [code, signal] = await exited;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    const lines = output.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { msg: string; requestId?: string });
    const messages = lines.map((l) => l.msg);
    expect(messages.indexOf('test job finished')).toBeGreaterThan(messages.findIndex((m) => m.startsWith('stopping')));
    expect(messages.at(-1)).toBe('stopped');
    expect(lines.find((l) => l.msg === 'slow request started')?.requestId).toBe('graceful-test-1');
  });
});
