import type { CollectedData, Row } from './collect-personal-data';
import { decryptForExport } from './export-personal-data';
import { maskDocumentNumber } from './mask';
import { dataGroups, personalDataRegistry, type DataGroup, type PersonalKind } from './personal-data-registry';

/**
 * The My data page's reading of the collected rows: per section, per record, the personal fields in
 * plain words. Identifiers and keyed hashes that only link records are in the download, not here;
 * document numbers are masked on screen (the download has them in full).
 */
export type ViewValue =
  | { type: 'text'; text: string }
  | { type: 'date'; date: Date }
  | { type: 'day'; date: Date }
  | { type: 'masked'; text: string }
  | { type: 'list'; items: string[] };

type ViewField = { field: string; kind: PersonalKind; value: ViewValue };
type ViewRecord = { model: string; id: string; title: string | null; fields: ViewField[] };
export type ViewSection = { group: DataGroup; records: ViewRecord[]; hiddenCounts: { model: string; count: number }[] };

const linkOnly = new Set<PersonalKind>(['accountLink', 'documentIndex', 'cookieHash', 'consentId', 'customerKey']);
/** Long bodies shown shortened (the full text is in the download). */
const longText = new Set(['MailboxMessage.html', 'MailboxMessage.raw', 'MailboxAttachment.content']);
const PREVIEW = 200;
/** Logs and mail can be long: the newest ones are listed, the rest counted. */
const capped: Record<string, { limit: number; at: string }> = { AuditEvent: { limit: 20, at: 'at' }, MailboxMessage: { limit: 20, at: 'createdAt' } };

function titleOf(model: string, row: Row): string | null {
  switch (model) {
    case 'Order':
    case 'DataRequest':
      return String(row.reference);
    case 'OrderPassenger':
    case 'SavedTraveller':
      return `${String(row.firstName)} ${String(row.lastName)}`;
    case 'MailboxMessage':
      return String(row.subject);
    default:
      return null;
  }
}

function valueOf(kind: PersonalKind, raw: unknown, encrypted: boolean): ViewValue | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (encrypted) {
    const clear = decryptForExport(raw);
    if (clear === null) return null;
    if (kind === 'documentNumber') return { type: 'masked', text: maskDocumentNumber(clear) };
    if (kind === 'dateOfBirth' && /^\d{4}-\d{2}-\d{2}$/.test(clear)) return { type: 'day', date: new Date(`${clear}T00:00:00Z`) };
    return { type: 'text', text: clear };
  }
  if (raw instanceof Date) return kind === 'documentExpiry' ? { type: 'day', date: raw } : { type: 'date', date: raw };
  if (Array.isArray(raw)) return raw.length ? { type: 'list', items: raw.map(String) } : null;
  if (raw instanceof Uint8Array) return { type: 'text', text: `${raw.length} B` };
  if (typeof raw === 'object') return { type: 'text', text: JSON.stringify(raw) };
  return { type: 'text', text: String(raw) };
}

export function buildMyDataView(collected: CollectedData): ViewSection[] {
  const sections: ViewSection[] = [];
  for (const group of Object.keys(dataGroups) as DataGroup[]) {
    const section: ViewSection = { group, records: [], hiddenCounts: [] };
    for (const spec of personalDataRegistry.filter((m) => m.group === group && typeof m.scope === 'function')) {
      const cap = capped[spec.model];
      const all = collected.rows.get(spec.model) ?? [];
      const rows = cap ? [...all].sort((a, b) => (b[cap.at] as Date).getTime() - (a[cap.at] as Date).getTime()).slice(0, cap.limit) : all;
      let hidden = all.length - rows.length;
      for (const row of rows) {
        const fields: ViewField[] = [];
        for (const [field, f] of Object.entries(spec.fields)) {
          if (!f.personal || linkOnly.has(f.kind)) continue;
          let value = valueOf(f.kind, row[field], Boolean(f.encrypted));
          if (value?.type === 'text' && longText.has(`${spec.model}.${field}`)) continue;
          if (value?.type === 'text' && value.text.length > PREVIEW) value = { type: 'text', text: `${value.text.slice(0, PREVIEW)}…` };
          if (value) fields.push({ field, kind: f.kind, value });
        }
        if (fields.length === 0) hidden += 1;
        else section.records.push({ model: spec.model, id: String(row[spec.idField ?? 'id']), title: titleOf(spec.model, row), fields });
      }
      if (hidden) section.hiddenCounts.push({ model: spec.model, count: hidden });
    }
    if (section.records.length || section.hiddenCounts.length) sections.push(section);
  }
  return sections;
}
