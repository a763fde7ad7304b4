/**
 * `npm run staff -- add EMAIL ROLE` / `npm run staff -- remove EMAIL` / `npm run staff -- list`:
 * grants SUPPORT or ADMIN (creating the account if the address has none; it signs in by email link as
 * usual), or takes the role away. Works on DATABASE_URL, or on the embedded database: the running
 * one when `npm start` is up, otherwise it starts it for the command.
 */
import 'server-only';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setStaffRole, listStaff } from '../auth/set-staff-role';
import { UserFacingError } from '../auth/errors';
import { noRequestContext } from '../auth/request-context';
import { getDb } from '../db/client';
import { loadOrCreateLocalSecrets } from './local-secrets';
import { openEmbeddedDatabase } from './embedded-database';

const usage = 'usage: npm run staff -- add EMAIL SUPPORT|ADMIN | remove EMAIL | list';

const messages: Record<string, string> = {
  'admin.errors.lastAdmin': 'refused: this is the last admin. Make someone else ADMIN first.',
  'admin.errors.noSuchUser': 'no account has this email address',
  'auth.validation.email': 'not a valid email address',
};

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Points DATABASE_URL at the database to use; returns how to let go of it afterwards. */
async function openDatabase(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) return async () => {};
  const dataDir = process.env.KARVAN_DATA_DIR ?? '.data';
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const lock = path.join(dataDir, 'launcher.pid');
  if (existsSync(lock) && alive(Number(await readFile(lock, 'utf8')))) {
    // `npm start` is running: use its database rather than fight it for the data directory.
    const secrets = await loadOrCreateLocalSecrets(dataDir);
    process.env.DATABASE_URL = `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${port}/karvan`;
    return async () => {};
  }
  const embedded = await openEmbeddedDatabase(dataDir, port, () => undefined);
  process.env.DATABASE_URL = embedded.url;
  return async () => {
    await getDb().$disconnect();
    await embedded.release();
  };
}

async function run(args: string[]): Promise<string> {
  const [command, email, roleArg] = args;
  const actor = { id: null, role: 'CLI' } as const;
  if (command === 'list' && args.length === 1) {
    const staff = await listStaff();
    return staff.length ? staff.map((s) => `${s.role.padEnd(8)} ${s.email}`).join('\n') : 'no staff yet';
  }
  if (command === 'add' && email && args.length === 3) {
    const role = roleArg?.toUpperCase();
    if (role !== 'SUPPORT' && role !== 'ADMIN') throw new Error(`ROLE must be SUPPORT or ADMIN\n${usage}`);
    const result = await setStaffRole({ email, role, actor, context: noRequestContext, createIfMissing: true });
    if (!result.changed) return `${result.email} is already ${role}`;
    return result.previousRole === null ? `created ${result.email} as ${role}` : `${result.email}: ${result.previousRole} → ${role}`;
  }
  if (command === 'remove' && email && args.length === 2) {
    const result = await setStaffRole({ email, role: 'TRAVELLER', actor, context: noRequestContext });
    return result.changed ? `${result.email}: ${result.previousRole} → TRAVELLER` : `${result.email} has no staff role`;
  }
  throw new Error(usage);
}

export async function main(args: string[]): Promise<number> {
  if (args.length === 0 || !['add', 'remove', 'list'].includes(args[0]!)) {
    console.error(usage);
    return 2;
  }
  const release = await openDatabase();
  try {
    console.log(await run(args));
    return 0;
  } catch (error) {
    if (error instanceof UserFacingError) console.error(`staff: ${messages[error.messageKey] ?? error.code}`);
    else if (error instanceof Error && error.name === 'ZodError') console.error(`staff: ${messages['auth.validation.email']}`);
    else console.error(`staff: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await release();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2))
    .catch((error) => {
      console.error(`staff: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    })
    .then(async (code) => {
      if (process.env.DATABASE_URL) await getDb().$disconnect().catch(() => undefined);
      process.exit(code);
    });
}
