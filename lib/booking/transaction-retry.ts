/**
 * Runs a transaction again when PostgreSQL aborted it for a deadlock or a serialization conflict,
 * which concurrent holds on several kinds of inventory can cause; any other error is thrown at once.
 */
export async function withTransactionRetry<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.floor(Math.random() * 20)));
    }
  }
}

function isRetryable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; meta?: { code?: unknown } } | null;
  if (!e) return false;
  const codes = [e.code, e.meta?.code].map(String);
  if (codes.includes('P2034') || codes.includes('40P01') || codes.includes('40001')) return true;
  return typeof e.message === 'string' && /deadlock detected|could not serialize access/i.test(e.message);
}
