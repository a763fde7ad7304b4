import type { TestProject } from 'vitest/node';
import setupPostgres from '../../setup/global-postgres';

/**
 * One embedded PostgreSQL for the whole resilience run, on the resilience port (RESILIENCE_PG_PORT),
 * with the migrated template every scenario file clones (tests/setup/test-database.ts).
 */
export default function setup(project: TestProject) {
  process.env.TEST_PG_PORT = process.env.RESILIENCE_PG_PORT ?? '55654';
  return setupPostgres(project);
}
