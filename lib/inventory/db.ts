/**
 * The slice of a Prisma client the built-in supplier uses: raw SQL only, so it works the same with
 * the app's client, a transaction client, or a test's own client, and its queries are the ones the
 * indexes were chosen for (EXPLAIN ANALYZE, README "Catalog and search").
 */
export type Queryable = {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
};

/** A `date` column read back by the driver (midnight UTC) as a local-date string. */
export function toLocalDate(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
