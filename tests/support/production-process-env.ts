/**
 * The environment of a production web process (or cluster launcher) a test starts from this checkout: the
 * embedded default on loopback, with throwaway secrets. Each test adds its ports and what it needs on top.
 */
export function productionProcessEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    KARVAN_MODE: 'embedded',
    AUTH_SECRET: 'production-test-secret-0123456789abcdef0123',
    DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    AUTH_TRUST_HOST: 'true',
    ...extra,
  };
}
