/**
 * What a process finishes before it exits on SIGTERM (the jobs it works, its pools). The HTTP server
 * (lib/cli/serve.ts) runs them after its last in-flight request; on globalThis because Next.js loads
 * instrumentation in its own module instance.
 */
type Hook = { name: string; run: () => Promise<void> };

const holder = globalThis as unknown as { karvanShutdownHooks?: Hook[]; karvanManagedShutdown?: boolean };

export function addShutdownHook(name: string, run: () => Promise<void>): void {
  (holder.karvanShutdownHooks ??= []).push({ name, run });
}

export async function runShutdownHooks(log: (line: string) => void = console.log): Promise<void> {
  const hooks = holder.karvanShutdownHooks ?? [];
  holder.karvanShutdownHooks = [];
  await Promise.all(
    hooks.map((hook) =>
      hook.run().then(
        () => log(`stopped ${hook.name}`),
        (error: unknown) => console.error(`[karvan] ${hook.name} did not stop cleanly:`, error),
      ),
    ),
  );
}

/** Set by our HTTP server: it owns SIGTERM. Under plain `next start` (or standalone) hooks take the signal themselves. */
export function markShutdownManaged(): void {
  holder.karvanManagedShutdown = true;
}

export function shutdownIsManaged(): boolean {
  return holder.karvanManagedShutdown === true;
}
