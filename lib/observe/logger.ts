import { format } from 'node:util';
import pino, { type DestinationStream, type Logger } from 'pino';
import { currentRequestId } from './request-scope';
import { maskPersonalData, REDACT_PATHS } from './redact';

/**
 * Structured JSON logs, one line per event on stdout: level, time, msg, the process role and the
 * request id of the request or job being worked (lib/observe/request-scope.ts). LOG_LEVEL sets the level.
 */
export function createLogger(options: { role?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? 'info',
      base: { role: options.role ?? process.env.KARVAN_ROLE ?? 'web', pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      mixin() {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      hooks: {
        // Messages and error texts are masked too: provider and database errors quote what they refused.
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === 'string' ? maskPersonalData(a) : a));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
      serializers: {
        err: (error: unknown) => {
          const serialized = pino.stdSerializers.err(error as Error);
          return { ...serialized, message: maskPersonalData(serialized.message ?? ''), stack: maskPersonalData(serialized.stack ?? '') };
        },
      },
    },
    // Synchronous writes: a process that exits right after its last line (SIGTERM) loses nothing.
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

const holder = globalThis as unknown as { karvanLogger?: Logger; karvanConsoleBridged?: boolean };

export function logger(): Logger {
  holder.karvanLogger ??= createLogger();
  return holder.karvanLogger;
}

/**
 * Sends console.* of this process through the logger, so every existing `console.warn('[booking] …')`
 * becomes a JSON line with the request id, and masked. Server and worker processes call it at start.
 */
export function bridgeConsoleToLogger(target: Logger = logger()): void {
  if (holder.karvanConsoleBridged) return;
  holder.karvanConsoleBridged = true;
  const forward = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const error = args.find((a): a is Error => a instanceof Error);
    const text = format(...args.filter((a) => a !== error));
    if (error) target[level]({ err: error }, text);
    else target[level](text);
  };
  console.debug = forward('debug');
  console.log = forward('info');
  console.info = forward('info');
  console.warn = forward('warn');
  console.error = forward('error');
}
