import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { accessLogOf, type AccessLogEntry } from './access-log';
import { collectPersonalData, type CollectedData, type Row } from './collect-personal-data';
import { keyringCipher } from '@/lib/crypto/keyring';
import { dataGroups, exportName, personalDataRegistry, type DataGroup, type PersonalKind } from './personal-data-registry';
import { recipientsOf, type RecipientEntry } from './recipients';
import { ACCOUNT_RESTORE_DAYS, tripRetentionDays } from './retention-config';

/**
 * The "download everything" file (Privacy Policy 9, portability): every row about the person from
 * every model of the registry, personal columns decrypted, secrets (token hashes, idempotency keys)
 * left out, plus recipients, the staff access log and what each section is for. Its shape is
 * documented as JSON Schema in lib/privacy/export-schema.ts.
 */
export const EXPORT_FORMAT = 'karvan.personal-data-export';
export const EXPORT_SCHEMA_VERSION = 1;

type ExportValue = string | number | boolean | null | ExportValue[] | { [key: string]: ExportValue };
type ExportRecord = Record<string, ExportValue>;

type FieldDescription = { personal: boolean; kind?: PersonalKind; encryptedAtRest?: boolean; blindIndexOf?: string };

export type PersonalDataExport = {
  format: typeof EXPORT_FORMAT;
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  exportedAt: string;
  controller: { name: string; contact: string };
  subject: { userId: string; email: string };
  sections: { group: DataGroup; models: string[]; purposes: string[]; legalBases: string[]; retention: string; recipients: string[] }[];
  retention: { tripDays: number; accountRestoreDays: number };
  fields: Record<string, Record<string, FieldDescription>>;
  records: Record<string, ExportRecord[]>;
  recipients: (Omit<RecipientEntry, 'at'> & { at: string | null })[];
  accessLog: (Omit<AccessLogEntry, 'at'> & { at: string })[];
};

function toValue(value: unknown): ExportValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toValue);
  if (typeof value === 'object') {
    // Prisma Decimal and Json objects
    if (typeof (value as { toFixed?: unknown }).toFixed === 'function' && 'd' in (value as object)) return String(value);
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toValue(v)]));
  }
  return value as string | number | boolean;
}

/** A decrypted value; a value that cannot be read (lost key) is reported as such, never dropped. */
export function decryptForExport(stored: unknown): string | null {
  if (typeof stored !== 'string' || stored === '') return null;
  try {
    return keyringCipher().decrypt(stored);
  } catch {
    return '[unreadable: encrypted under a key that is no longer configured]';
  }
}

/** A JSON value with `…Enc` members (registry `encryptedInside`): those come out decrypted, without the suffix. */
function decryptInsideForExport(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decryptInsideForExport);
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, member]) =>
      key.endsWith('Enc') && typeof member === 'string' ? [key.slice(0, -3), decryptForExport(member)] : [key, decryptInsideForExport(member)],
    ),
  );
}

function exportRow(model: string, row: Row): ExportRecord {
  const spec = personalDataRegistry.find((m) => m.model === model)!;
  const out: ExportRecord = {};
  for (const [field, fieldSpec] of Object.entries(spec.fields)) {
    if (!fieldSpec.personal && fieldSpec.secret) continue;
    const value = row[field];
    out[exportName(field, fieldSpec)] =
      fieldSpec.personal && fieldSpec.encrypted
        ? decryptForExport(value)
        : fieldSpec.personal && fieldSpec.encryptedInside
          ? (decryptInsideForExport(toValue(value)) as ExportValue)
          : toValue(value);
  }
  return out;
}

export function fieldDescriptions(): PersonalDataExport['fields'] {
  const out: PersonalDataExport['fields'] = {};
  for (const spec of personalDataRegistry) {
    if (typeof spec.scope !== 'function') continue;
    out[spec.model] = {};
    for (const [field, f] of Object.entries(spec.fields)) {
      if (!f.personal && f.secret) continue;
      out[spec.model]![exportName(field, f)] = f.personal
        ? { personal: true, kind: f.kind, ...(f.encrypted ? { encryptedAtRest: true } : {}), ...(f.blindIndexOf ? { blindIndexOf: f.blindIndexOf } : {}) }
        : { personal: false };
    }
  }
  return out;
}

export function buildExport(collected: CollectedData, now: Date = new Date()): PersonalDataExport {
  const records: Record<string, ExportRecord[]> = {};
  for (const [model, rows] of collected.rows) records[model] = rows.map((row) => exportRow(model, row));
  const groups = Object.keys(dataGroups) as DataGroup[];
  return {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    controller: { name: 'Karvan', contact: 'privacy@karvan.travel' },
    subject: { userId: collected.userId, email: collected.email },
    sections: groups.map((group) => ({
      group,
      models: personalDataRegistry.filter((m) => m.group === group && typeof m.scope === 'function').map((m) => m.model),
      purposes: [...dataGroups[group].purposes],
      legalBases: [...dataGroups[group].bases],
      retention: dataGroups[group].retention,
      recipients: [...dataGroups[group].recipients],
    })),
    retention: { tripDays: tripRetentionDays(), accountRestoreDays: ACCOUNT_RESTORE_DAYS },
    fields: fieldDescriptions(),
    records,
    recipients: recipientsOf(collected.rows).map((r) => ({ ...r, at: r.at ? r.at.toISOString() : null })),
    accessLog: accessLogOf(collected.rows.get('AuditEvent') ?? [], collected.userId).map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}

/** The signed-in user's export; the download itself is recorded (AuditEvent `privacy.exported`). */
export async function exportPersonalData(viewer: Viewer, context: RequestContext): Promise<PersonalDataExport | null> {
  const collected = await collectPersonalData(viewer.id);
  if (!collected) return null;
  const result = buildExport(collected);
  await db.$transaction((tx) =>
    recordAuditEvent(tx, { actor: viewer, action: 'privacy.exported', subjectType: 'User', subjectId: viewer.id, context, data: { schemaVersion: EXPORT_SCHEMA_VERSION } }),
  );
  return result;
}
