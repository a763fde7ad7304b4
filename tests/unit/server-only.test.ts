import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 16, point 3: every lib/ module that touches the database, secrets or mail imports 'server-only', so that
 * a client component importing it (even through another module) fails the build instead of shipping it.
 * Scripts run with `--conditions=react-server` (package.json, lib/cli/launch.ts); vitest aliases it.
 */

const DATABASE = /^import\s+(?!type\b)[^;]*?from\s+'(?:@\/lib\/db\/|(?:\.\.?\/)+(?:db\/)?)(?:client|generated\/client)'/m;
// A function given the client or a transaction runs queries, even when it only imports the type.
const DATABASE_HANDLE = /^import\s+type\s*\{[^}]*\b(?:Tx|Db|PrismaClient)\b[^}]*\}\s*from\s+'(?:@\/lib\/db\/|(?:\.\.?\/)+(?:db\/)?)(?:client|generated\/client)'/m;
// Raw SQL through any client-shaped value (the built-in supplier takes a `Queryable`).
const RAW_SQL = /\.\$(?:queryRaw|executeRaw|transaction)\w*\s*[<(`]/;
const MAIL = /^import\s+(?!type\b)[^;]*?from\s+'(?:nodemailer|@\/lib\/mail\/deliver-mail|(?:\.\.?\/)+(?:mail\/)?deliver-mail)'/m;
const SECRET = /\b(?:AUTH_SECRET|DATA_ENCRYPTION_KEY|STRIPE_SECRET_KEY|STRIPE_WEBHOOK_SECRET|DUFFEL_ACCESS_TOKEN|DUFFEL_WEBHOOK_SECRET|SMTP_URL)\b/;
const MARKED = /^import 'server-only';$/m;

// Run by plain Node without the react-server condition: Next's own process (lib/cli/serve.ts) must not mark itself.
const EXEMPT = new Set(['lib/cli/serve.ts']);

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/\s.*$/gm, '$1');
}

/** Why a module must be server-only, or undefined when it need not be. */
export function serverOnlyReason(source: string): string | undefined {
  const code = withoutComments(source);
  if (DATABASE.test(code) || DATABASE_HANDLE.test(code) || RAW_SQL.test(code)) return 'database';
  if (MAIL.test(code)) return 'mail delivery';
  if (SECRET.test(code)) return 'secrets';
  return undefined;
}

function libModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : libModules(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative(process.cwd(), path)] : [];
  });
}

describe("'server-only' in lib/", () => {
  it('tells which modules touch the database, mail delivery or secrets', () => {
    expect(serverOnlyReason("import { getDb } from '@/lib/db/client';")).toBe('database');
    expect(serverOnlyReason("import { Prisma } from '../db/generated/client';")).toBe('database');
    expect(serverOnlyReason("import type { Tx } from '@/lib/db/client';")).toBe('database');
    expect(serverOnlyReason('await tx.$queryRawUnsafe<Row[]>(`SELECT 1`);')).toBe('database');
    expect(serverOnlyReason("import nodemailer from 'nodemailer';")).toBe('mail delivery');
    expect(serverOnlyReason("import { deliverMail } from '@/lib/mail/deliver-mail';")).toBe('mail delivery');
    expect(serverOnlyReason('const key = env().DATA_ENCRYPTION_KEY;')).toBe('secrets');
    expect(serverOnlyReason("import type { Prisma } from '@/lib/db/generated/client';")).toBeUndefined();
    expect(serverOnlyReason('// AUTH_SECRET signs the session cookie\nexport const x = 1;')).toBeUndefined();
  });

  it('is imported by every module that needs it', () => {
    const missing = libModules('lib')
      .filter((file) => !EXEMPT.has(file))
      .flatMap((file) => {
        const source = readFileSync(file, 'utf8');
        const reason = serverOnlyReason(source);
        return reason && !MARKED.test(source) ? [`${file} (${reason})`] : [];
      });
    expect(missing, "add `import 'server-only';` to these modules").toEqual([]);
  });
});
