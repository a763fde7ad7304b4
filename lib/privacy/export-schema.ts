import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, fieldDescriptions } from './export-personal-data';
import { personalDataRegistry } from './personal-data-registry';

/**
 * The documented shape of the personal data export (JSON Schema 2020-12), generated from the same
 * registry as the export, so the two cannot drift. Served at /api/account/export?schema=1 and
 * described on the My data page.
 *
 * Top level:
 * - `format`, `schemaVersion`, `exportedAt` (ISO 8601), `controller`, `subject` (your account id and email)
 * - `sections`: what each group of records is for (purposes, legal bases, retention, recipients: keys
 *   explained in the privacy policy)
 * - `fields`: for every model and column, whether it is personal data, its kind, and whether it is
 *   encrypted at rest (exported decrypted, without the `Enc` suffix)
 * - `records`: the rows themselves, by model; dates are ISO 8601 strings, binary data base64
 * - `recipients`: who received which fields for which booking
 * - `accessLog`: when support staff looked at your data, with the reason they gave
 */
export function exportJsonSchema(): Record<string, unknown> {
  const fields = fieldDescriptions();
  const value = { type: ['string', 'number', 'boolean', 'null', 'array', 'object'] };
  const records: Record<string, unknown> = {};
  for (const spec of personalDataRegistry) {
    if (typeof spec.scope !== 'function') continue;
    const columns = fields[spec.model] ?? {};
    records[spec.model] = {
      type: 'array',
      description: `Rows of ${spec.model} about you (${spec.group ?? 'other'})`,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          Object.entries(columns).map(([name, d]) => [
            name,
            { ...value, description: d.personal ? `personal data: ${d.kind}${d.encryptedAtRest ? ', encrypted at rest' : ''}` : 'not personal data' },
          ]),
        ),
      },
    };
  }
  const stringOrNull = { type: ['string', 'null'] };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://karvan.travel/schemas/personal-data-export/v${EXPORT_SCHEMA_VERSION}.json`,
    title: 'Karvan personal data export',
    type: 'object',
    required: ['format', 'schemaVersion', 'exportedAt', 'controller', 'subject', 'sections', 'retention', 'fields', 'records', 'recipients', 'accessLog'],
    additionalProperties: false,
    properties: {
      format: { const: EXPORT_FORMAT },
      schemaVersion: { const: EXPORT_SCHEMA_VERSION },
      exportedAt: { type: 'string', format: 'date-time' },
      controller: { type: 'object', properties: { name: { type: 'string' }, contact: { type: 'string' } } },
      subject: { type: 'object', properties: { userId: { type: 'string' }, email: { type: 'string' } } },
      sections: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            group: { type: 'string' },
            models: { type: 'array', items: { type: 'string' } },
            purposes: { type: 'array', items: { type: 'string' } },
            legalBases: { type: 'array', items: { type: 'string' } },
            retention: { type: 'string' },
            recipients: { type: 'array', items: { type: 'string' } },
          },
        },
      },
      retention: { type: 'object', properties: { tripDays: { type: 'integer' }, accountRestoreDays: { type: 'integer' } } },
      fields: { type: 'object', description: 'model → column → { personal, kind, encryptedAtRest, blindIndexOf }' },
      records: { type: 'object', additionalProperties: false, properties: records },
      recipients: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            orderId: { type: 'string' },
            orderReference: stringOrNull,
            orderItemId: stringOrNull,
            recipientKind: { type: 'string' },
            recipient: { type: 'string' },
            fields: { type: 'array', items: { type: 'string' }, description: 'Model.column keys of the fields sent' },
            purpose: { type: 'string' },
            at: stringOrNull,
            recorded: { type: 'boolean', description: 'false: listed from the privacy policy for a confirmed booking, not from a sending record' },
          },
        },
      },
      accessLog: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            at: { type: 'string', format: 'date-time' },
            role: { type: 'string' },
            staff: { type: 'string' },
            action: { type: 'string' },
            record: stringOrNull,
            field: stringOrNull,
            reason: stringOrNull,
          },
        },
      },
    },
  };
}
