/**
 * Real separate Node processes for the resilience scenarios: each child runs a script with
 * `node --import tsx` (its own module graph, its own connection pool) against this file's database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../../..');

export type Child = {
  process: ChildProcess;
  output: () => string;
  /** resolves with the exit code (null when killed by a signal) */
  exited: Promise<number | null>;
  /** the first stdout line that parses as JSON and has the key */
  json<T>(key: string): Promise<T>;
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  send(line: string): void;
  kill(signal?: NodeJS.Signals): void;
};

export function spawnChild(script: string, args: string[] = [], env: Record<string, string | undefined> = {}): Child {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c));
  child.stderr!.on('data', (c: Buffer) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (text: string, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!output.includes(text)) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${script} exited before "${text}":\n${output.slice(-4000)}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}" from ${script}:\n${output.slice(-4000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return {
    process: child,
    output: () => output,
    exited,
    waitFor,
    async json<T>(key: string) {
      await waitFor(`"${key}"`, 120_000);
      for (const line of output.split('\n')) {
        if (!line.includes(`"${key}"`)) continue;
        try {
          return JSON.parse(line) as T;
        } catch {
          // a log line that mentions the key; keep looking
        }
      }
      throw new Error(`no JSON line with ${key} from ${script}:\n${output.slice(-4000)}`);
    },
    send: (line) => child.stdin!.write(`${line}\n`),
    kill: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}

/** `what` may be a function, so the message shows the processes' output at the moment it failed. */
export async function until(check: () => Promise<boolean> | boolean, what: string | (() => string), timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${typeof what === 'function' ? what() : what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The next line on stdin (the parent's "go"), so every child starts its burst at the same moment. */
export function nextStdinLine(): Promise<string> {
  return new Promise((resolve) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const at = buffer.indexOf('\n');
      if (at >= 0) {
        process.stdin.off('data', onData);
        process.stdin.pause();
        resolve(buffer.slice(0, at));
      }
    };
    process.stdin.on('data', onData);
  });
}
