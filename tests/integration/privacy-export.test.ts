import { context } from './privacy-helpers';
import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/db/generated/client';
import { db } from '@/lib/db/client';
import { collectPersonalData } from '@/lib/privacy/collect-personal-data';
import { buildExport, exportPersonalData } from '@/lib/privacy/export-personal-data';
import { exportJsonSchema } from '@/lib/privacy/export-schema';
import { buildMyDataView } from '@/lib/privacy/my-data-view';
import { exportName, mustBeEncrypted, personalDataRegistry, registryEntry } from '@/lib/privacy/personal-data-registry';
import { createFullAccount } from './privacy-fixtures';

/** The schema as Prisma knows it (DMMF, generated from prisma/schema/*.prisma): model → scalar columns. */
function schemaColumns(): Map<string, string[]> {
  const namespace = Prisma as unknown as Record<string, Record<string, string> | undefined>;
  return new Map(Object.values(Prisma.ModelName).map((model) => [model, Object.keys(namespace[`${model}ScalarFieldEnum`] ?? {})]));
}

describe('the personal-data registry against the Prisma schema', () => {
  const columns = schemaColumns();

  it('classifies every model and every column, and nothing that does not exist', () => {
    const problems: string[] = [];
    for (const [model, fields] of columns) {
      const spec = registryEntry(model);
      if (!spec) {
        problems.push(`model ${model} is not in lib/privacy/personal-data-registry.ts`);
        continue;
      }
      if (spec.reference) {
        const suspicious = fields.filter((f) => /user|email|phone|passenger|traveller|birth|passport|documentNumber|^ip$|agent|contact/i.test(f));
        if (suspicious.length) problems.push(`reference model ${model} has columns that look personal: ${suspicious.join(', ')} — classify them`);
        continue;
      }
      for (const field of fields) if (!spec.fields[field]) problems.push(`${model}.${field} is not classified (personal or not) in the registry`);
      for (const field of Object.keys(spec.fields)) if (!fields.includes(field)) problems.push(`${model}.${field} is in the registry but not in the schema`);
    }
    for (const spec of personalDataRegistry) if (!columns.has(spec.model)) problems.push(`registry model ${spec.model} is not in the schema`);
    expect(problems).toEqual([]);
  });

  it('keeps document numbers, dates of birth, phone numbers and special-category notes encrypted at rest', () => {
    const problems: string[] = [];
    for (const spec of personalDataRegistry) {
      for (const [field, f] of Object.entries(spec.fields)) {
        if (!f.personal) continue;
        const sensitive = [...mustBeEncrypted, 'specialNote'].includes(f.kind);
        if (sensitive && !(f.encrypted && field.endsWith('Enc'))) problems.push(`${spec.model}.${field} (${f.kind}) must be stored encrypted (lib/crypto/field-encryption.ts, column name …Enc)`);
        if (f.blindIndexOf && !(spec.fields[f.blindIndexOf]?.personal && (spec.fields[f.blindIndexOf] as { encrypted?: boolean }).encrypted)) {
          problems.push(`${spec.model}.${field} is a blind index of ${f.blindIndexOf}, which is not an encrypted column`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the export', () => {
  it('contains every personal column of the schema that holds data for the user, decrypted', async () => {
    const account = await createFullAccount();
    const data = await exportPersonalData(account.user, context);
    expect(data).not.toBeNull();
    const missing: string[] = [];
    for (const spec of personalDataRegistry) {
      if (typeof spec.scope !== 'function') continue;
      const personal = Object.entries(spec.fields).filter(([, f]) => f.personal);
      if (personal.length === 0) continue;
      const rows = data!.records[spec.model] ?? [];
      if (rows.length === 0) {
        missing.push(`${spec.model}: no row in the export (add one to tests/integration/privacy-fixtures.ts)`);
        continue;
      }
      for (const [field, f] of personal) {
        const name = exportName(field, f);
        if (!rows.some((r) => r[name] !== null && r[name] !== undefined && !(Array.isArray(r[name]) && (r[name] as unknown[]).length === 0))) {
          missing.push(`${spec.model}.${field} → "${name}" has no value in the export`);
        }
      }
    }
    expect(missing).toEqual([]);

    const { clear } = account;
    expect(data!.records.User![0]).toMatchObject({ email: clear.email, phone: clear.phone, name: clear.name });
    expect(data!.records.Order![0]).toMatchObject({ contactPhone: clear.contactPhone, reference: account.reference });
    expect(data!.records.OrderPassenger).toContainEqual(expect.objectContaining({ documentNumber: clear.passengerDoc, dateOfBirth: clear.passengerDob }));
    expect(data!.records.SavedTraveller![0]).toMatchObject({ documentNumber: clear.travellerDoc, dateOfBirth: clear.travellerDob });
    expect(data!.records.OrderCheckout![0]).toMatchObject({ bookerDateOfBirth: clear.bookerDob });
    // Encrypted members inside a change request's details come out readable too.
    expect(data!.records.ServiceRequest![0]!.details).toMatchObject({ changes: { documentNumber: clear.newDocument } });
    expect(JSON.stringify(data)).not.toMatch(/"(sessionToken|token|tokenHash|idempotencyKey)"/);
    expect(data!.recipients).toContainEqual(expect.objectContaining({ recipient: 'J2 Azerbaijan Airlines', orderReference: account.reference, recorded: true }));
    expect(data!.accessLog).toEqual([
      expect.objectContaining({ role: 'SUPPORT', action: 'personal_data.revealed', field: 'documentNumber', reason: 'Airline asked to confirm the passport', staff: account.staff.id.slice(0, 8) }),
    ]);
    expect(await db.auditEvent.count({ where: { action: 'privacy.exported', subjectId: account.user.id } })).toBe(1);
  });

  it('holds nothing about another account', async () => {
    const a = await createFullAccount();
    const b = await createFullAccount();
    const text = JSON.stringify(buildExport((await collectPersonalData(a.user.id))!));
    for (const value of [b.clear.email, b.clear.passengerDoc, b.clear.phone, b.reference, b.user.id]) expect(text).not.toContain(value);
  });

  it('matches its documented JSON Schema', async () => {
    const account = await createFullAccount();
    const data = buildExport((await collectPersonalData(account.user.id))!);
    const schema = exportJsonSchema() as { required: string[]; properties: { records: { properties: Record<string, { items: { properties: Record<string, unknown> } }> } } };
    expect(Object.keys(data).sort()).toEqual([...schema.required].sort());
    for (const [model, rows] of Object.entries(data.records)) {
      const columns = schema.properties.records.properties[model]?.items.properties;
      expect(columns, model).toBeDefined();
      for (const row of rows) expect(Object.keys(row).filter((k) => !(k in columns!)), model).toEqual([]);
    }
  });

  it('is what the My data page shows, with document numbers masked', async () => {
    const account = await createFullAccount();
    const view = buildMyDataView((await collectPersonalData(account.user.id))!);
    const text = JSON.stringify(view);
    expect(text).toContain(account.clear.phone);
    expect(text).toContain(account.clear.passengerLast);
    expect(text).not.toContain(account.clear.passengerDoc);
    expect(text).toContain(account.clear.passengerDoc.slice(-4));
    expect(view.map((s) => s.group)).toEqual(expect.arrayContaining(['account', 'travellers', 'bookings', 'passengers', 'assistance', 'security', 'requests']));
  });
});
