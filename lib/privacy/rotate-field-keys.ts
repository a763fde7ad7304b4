import 'server-only';
import { Prisma, type PrismaClient } from '@/lib/db/generated/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { noRequestContext } from '@/lib/auth/request-context';
import { delegateOf, type Row } from './collect-personal-data';
import { normaliseDocumentNumber, type FieldCipher } from '@/lib/crypto/field-encryption';
import { personalDataRegistry } from './personal-data-registry';

/**
 * Re-encrypts every encrypted column of the registry under the current key (DATA_ENCRYPTION_KEY),
 * reading old values with the keyring (DATA_ENCRYPTION_KEYS_OLD), and recomputes the blind indexes,
 * whose key derives from the current key: the column's own (`blindIndexOf`), the copies on flight
 * reservations (Agreement 8.1 compares them) and the promo customer keys of guest orders.
 *
 * Batches of rows commit one at a time, each row updated only if unchanged since it was read, so the
 * run can be interrupted and started again, and runs alongside the live application.
 */
export type RotationReport = {
  keyId: string;
  dryRun: boolean;
  /** values re-encrypted (or, in a dry run, to re-encrypt), per `Model.column` */
  reencrypted: Record<string, number>;
  blindIndexes: number;
  promoKeys: number;
  /** values still not under the current key after the run (0 unless a dry run) */
  remaining: number;
  unreadable: string[];
};

type EncryptedColumn = { model: string; idField: string; fields: string[]; blindIndexes: { field: string; of: string }[] };

function encryptedColumns(): EncryptedColumn[] {
  return personalDataRegistry.flatMap((spec) => {
    const fields = Object.entries(spec.fields)
      .filter(([, f]) => f.personal && f.encrypted)
      .map(([name]) => name);
    if (!fields.length) return [];
    const blindIndexes = Object.entries(spec.fields).flatMap(([name, f]) => (f.personal && f.blindIndexOf ? [{ field: name, of: f.blindIndexOf }] : []));
    return [{ model: spec.model, idField: spec.idField ?? 'id', fields, blindIndexes }];
  });
}

type JsonColumn = { model: string; idField: string; field: string };

function encryptedJsonColumns(): JsonColumn[] {
  return personalDataRegistry.flatMap((spec) =>
    Object.entries(spec.fields)
      .filter(([, f]) => f.personal && f.encryptedInside)
      .map(([field]) => ({ model: spec.model, idField: spec.idField ?? 'id', field })),
  );
}

/**
 * Walks a JSON value and re-encrypts every `…Enc` member that is not under the current key. Returns the
 * new value and how many members were stale; `reencrypt` false only counts them.
 */
function reencryptInside(value: unknown, cipher: FieldCipher, prefix: string, reencrypt: boolean): { value: unknown; stale: number; unreadable: number } {
  let stale = 0;
  let unreadable = 0;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node as Record<string, unknown>).map(([key, member]) => {
        if (!key.endsWith('Enc') || typeof member !== 'string' || member === '' || member.startsWith(prefix)) return [key, walk(member)];
        stale += 1;
        if (!reencrypt) return [key, member];
        try {
          return [key, cipher.encrypt(cipher.decrypt(member))];
        } catch {
          unreadable += 1;
          return [key, member];
        }
      }),
    );
  };
  return { value: walk(value), stale, unreadable };
}

async function rotateJsonColumns(db: PrismaClient, cipher: FieldCipher, prefix: string, report: RotationReport | null): Promise<number> {
  let stale = 0;
  for (const column of encryptedJsonColumns()) {
    const label = `${column.model}.${column.field}`;
    let after: string | null = null;
    for (;;) {
      const rows: Row[] = await delegateOf(db, column.model).findMany({
        where: { [column.field]: { not: Prisma.DbNull }, ...(after ? { [column.idField]: { gt: after } } : {}) },
        select: { [column.idField]: true, [column.field]: true },
        orderBy: { [column.idField]: 'asc' },
        take: 500,
      });
      if (rows.length === 0) break;
      after = String(rows.at(-1)![column.idField]);
      for (const row of rows) {
        const result = reencryptInside(row[column.field], cipher, prefix, report !== null && !report.dryRun);
        stale += result.stale;
        if (!report || result.stale === 0) continue;
        if (report.dryRun) {
          report.reencrypted[label] = (report.reencrypted[label] ?? 0) + result.stale;
          continue;
        }
        if (result.unreadable) report.unreadable.push(`${label} ${String(row[column.idField])}`);
        const done = result.stale - result.unreadable;
        if (done === 0) continue;
        // Only if nobody changed the value since it was read (optimistic, no lost update).
        const { count } = await delegateOf(db, column.model).updateMany({
          where: { [column.idField]: row[column.idField], [column.field]: { equals: row[column.field] } },
          data: { [column.field]: result.value },
        });
        if (count === 1) report.reencrypted[label] = (report.reencrypted[label] ?? 0) + done;
      }
    }
  }
  return stale;
}

function staleWhere(fields: string[], prefix: string) {
  // SQL semantics: NULLs match neither condition, so only stored values not under the key are found.
  return { OR: fields.map((f) => ({ AND: [{ [f]: { not: '' } }, { NOT: { [f]: { startsWith: prefix } } }] })) };
}

export async function countStaleValues(db: PrismaClient, cipher: FieldCipher): Promise<number> {
  const prefix = `v1:${cipher.keyId}:`;
  let total = 0;
  for (const column of encryptedColumns()) {
    for (const field of column.fields) {
      const rows = await delegateOf(db, column.model).findMany({ where: staleWhere([field], prefix), select: { [column.idField]: true } });
      total += rows.length;
    }
  }
  return total + (await rotateJsonColumns(db, cipher, prefix, null));
}

export async function rotateFieldKeys(options: { db: PrismaClient; cipher: FieldCipher; batchSize?: number; dryRun?: boolean; log?: (line: string) => void }): Promise<RotationReport> {
  const { db, cipher } = options;
  const batchSize = options.batchSize ?? 500;
  const log = options.log ?? (() => {});
  const prefix = `v1:${cipher.keyId}:`;
  const report: RotationReport = { keyId: cipher.keyId, dryRun: Boolean(options.dryRun), reencrypted: {}, blindIndexes: 0, promoKeys: 0, remaining: 0, unreadable: [] };

  for (const column of encryptedColumns()) {
    let after: string | null = null;
    for (;;) {
      const where: Record<string, unknown> = { ...staleWhere(column.fields, prefix), ...(after ? { [column.idField]: { gt: after } } : {}) };
      const rows: Row[] = await delegateOf(db, column.model).findMany({
        where,
        select: Object.fromEntries([column.idField, ...column.fields, ...column.blindIndexes.map((b) => b.field)].map((f) => [f, true])),
        orderBy: { [column.idField]: 'asc' },
        take: batchSize,
      });
      if (rows.length === 0) break;
      after = String(rows.at(-1)![column.idField]);
      if (options.dryRun) {
        for (const row of rows) for (const f of column.fields) if (typeof row[f] === 'string' && row[f] && !(row[f] as string).startsWith(prefix)) report.reencrypted[`${column.model}.${f}`] = (report.reencrypted[`${column.model}.${f}`] ?? 0) + 1;
        continue;
      }
      await db.$transaction(async (tx) => {
        for (const row of rows) {
          const id = String(row[column.idField]);
          const data: Record<string, unknown> = {};
          const clear: Record<string, string> = {};
          for (const f of column.fields) {
            const stored = row[f];
            if (typeof stored !== 'string' || stored === '' || stored.startsWith(prefix)) continue;
            try {
              clear[f] = cipher.decrypt(stored);
            } catch {
              report.unreadable.push(`${column.model}.${f} ${id}`);
              continue;
            }
            data[f] = cipher.encrypt(clear[f]!);
            report.reencrypted[`${column.model}.${f}`] = (report.reencrypted[`${column.model}.${f}`] ?? 0) + 1;
          }
          for (const b of column.blindIndexes) {
            if (clear[b.of] === undefined) continue;
            data[b.field] = cipher.blindIndex(normaliseDocumentNumber(clear[b.of]!));
            report.blindIndexes += 1;
          }
          if (Object.keys(data).length === 0) continue;
          // Only if nobody changed the row since it was read (optimistic, no lost update).
          const unchanged = Object.fromEntries(Object.keys(data).filter((f) => column.fields.includes(f)).map((f) => [f, row[f]]));
          const { count } = await delegateOf(tx, column.model).updateMany({ where: { [column.idField]: id, ...unchanged }, data });
          if (count === 1 && column.model === 'OrderPassenger' && typeof data.documentNumberHash === 'string') {
            await tx.orderFlightReservation.updateMany({ where: { passengerId: id }, data: { documentNumberHash: data.documentNumberHash } });
          }
        }
      });
      log(`${column.model}: ${Object.entries(report.reencrypted).filter(([k]) => k.startsWith(`${column.model}.`)).map(([k, n]) => `${k.split('.')[1]} ${n}`).join(', ')}`);
    }
  }

  await rotateJsonColumns(db, cipher, prefix, report);

  if (!options.dryRun) {
    // Promo codes count uses per guest by a blind index of the contact email (lib/booking/promo-customer-key.ts).
    const guests = await db.$queryRaw<{ id: string; email: string }[]>`
      SELECT r.id, o.contact_email AS email FROM promo_redemptions r JOIN orders o ON o.id = r.order_id
      WHERE r.customer_key LIKE 'email:%' AND o.contact_email NOT LIKE '%@invalid.karvan'`;
    for (const g of guests) {
      await db.promoRedemption.update({ where: { id: g.id }, data: { customerKey: `email:${cipher.blindIndex(g.email.trim().toLowerCase())}` } });
      report.promoKeys += 1;
    }
    await db.$transaction((tx) =>
      recordAuditEvent(tx, {
        actor: { id: null, role: 'CLI' },
        action: 'privacy.keys_rotated',
        subjectType: 'EncryptionKey',
        subjectId: cipher.keyId,
        context: noRequestContext,
        data: { reencrypted: report.reencrypted, blindIndexes: report.blindIndexes, promoKeys: report.promoKeys, unreadable: report.unreadable.length },
      }),
    );
  }
  report.remaining = await countStaleValues(db, cipher);
  return report;
}
