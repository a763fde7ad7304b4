export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { validateEnvOnStart } = await import('./lib/server/validate-env-on-start');
    validateEnvOnStart();
    const { startEmbeddedWorker } = await import('./lib/server/start-embedded-worker');
    await startEmbeddedWorker();
  }
}
