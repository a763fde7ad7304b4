import type { Prisma } from '@/lib/db/generated/client';
import type { Offer } from '@/lib/inventory/supplier';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** An offer as stored in JSON columns: instants become ISO strings. */
export function offerToJson(offer: Offer): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(offer)) as Prisma.InputJsonValue;
}

/**
 * Reads a stored offer back, turning ISO instants into Dates again. Local dates ('2026-12-01') stay
 * strings, as the supplier shapes have them.
 */
export function offerFromJson(value: Prisma.JsonValue): Offer {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' && INSTANT.test(v) ? new Date(v) : v)) as Offer;
}
