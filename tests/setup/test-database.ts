import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { TEMPLATE_DB } from './global-postgres';

/**
 * Every integration test file gets its own database, cloned from the migrated template, and
 * DATABASE_URL points at it before any module opens a connection. No file sees another's data.
 */
const adminUrl = inject('pgAdminUrl');
const name = `t_${randomBytes(6).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
(globalThis as { karvanDb?: unknown }).karvanDb = undefined;

afterAll(async () => {
  const holder = globalThis as { karvanDb?: { $disconnect(): Promise<void> } };
  await holder.karvanDb?.$disconnect();
  holder.karvanDb = undefined;
  const cleanup = new pg.Client({ connectionString: adminUrl });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await cleanup.end();
});

