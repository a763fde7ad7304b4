import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../lib/db/embedded-postgres';
import { migrateDeploy } from '../../lib/db/migrate';

export const TEMPLATE_DB = 'karvan_template';

/**
 * One real PostgreSQL for the integration run (or the server in TEST_DATABASE_URL), with a template
 * database holding the migrated schema; each test file clones it (tests/setup/test-database.ts).
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    const dataDir = path.join(process.cwd(), '.data', `test-pg-${process.pid}`);
    await rm(dataDir, { recursive: true, force: true });
    const server = await startEmbeddedPostgres({
      dataDir,
      port: Number(process.env.TEST_PG_PORT ?? 54330),
      password: 'test',
      durable: false,
    });
    adminUrl = server.urlFor('postgres');
    stop = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  await migrateDeploy(templateUrl.toString());
  project.provide('pgAdminUrl', adminUrl);
  return stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
