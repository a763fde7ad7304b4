/** `npm run db:migrate`: applies migrations to DATABASE_URL, or to the embedded database when unset. */
import { migrateDeploy } from '../db/migrate';
import { openEmbeddedDatabase } from './embedded-database';

async function main() {
  if (process.env.DATABASE_URL) {
    await migrateDeploy(process.env.DATABASE_URL);
    console.log('migrations applied');
    return;
  }
  const embedded = await openEmbeddedDatabase(process.env.KARVAN_DATA_DIR ?? '.data', Number(process.env.EMBEDDED_PG_PORT ?? 54329), console.log);
  await embedded.release();
  console.log('embedded database migrated and seeded');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
