import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import { decryptField } from '@/lib/crypto/field-encryption';

export type SavedTravellerChoice = {
  id: string;
  firstName: string;
  lastName: string;
  gender: 'FEMALE' | 'MALE' | 'UNSPECIFIED';
  nationality: string;
  documentExpiry: string;
};

/** The signed-in user's saved co-travellers, without the encrypted fields (for the picker). */
export async function listSavedTravellerChoices(client: Db | Tx, userId: string): Promise<SavedTravellerChoice[]> {
  const rows = await client.savedTraveller.findMany({
    where: { userId },
    select: { id: true, firstName: true, lastName: true, gender: true, nationality: true, documentExpiry: true },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
    take: 50,
  });
  return rows.map((r) => ({ ...r, documentExpiry: r.documentExpiry.toISOString().slice(0, 10) }));
}

const PASSENGER_FIELDS = ['firstName', 'lastName', 'dateOfBirth', 'gender', 'nationality', 'documentNumber', 'documentExpiry'] as const;

/**
 * Fills flight passengers that name a saved co-traveller (`savedTravellerId`) from the user's own
 * record, field by field where the form left the field empty. Only the viewer's own saved travellers
 * are read; an id of anyone else's is dropped, as if none had been chosen.
 */
export async function withSavedTravellers(client: Db | Tx, input: Record<string, unknown>, userId: string | null): Promise<Record<string, unknown>> {
  const items = Array.isArray(input.items) ? input.items : [];
  const wanted = new Set<string>();
  for (const item of items) {
    const passengers = item && typeof item === 'object' && Array.isArray((item as { passengers?: unknown }).passengers)
      ? ((item as { passengers: unknown[] }).passengers)
      : [];
    for (const p of passengers) {
      const id = p && typeof p === 'object' ? (p as { savedTravellerId?: unknown }).savedTravellerId : undefined;
      if (typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) wanted.add(id);
    }
  }
  if (wanted.size === 0) return input;
  const rows = userId ? await client.savedTraveller.findMany({ where: { userId, id: { in: [...wanted] } } }) : [];
  const byId = new Map(
    rows.map((r) => [
      r.id,
      {
        firstName: r.firstName,
        lastName: r.lastName,
        dateOfBirth: decryptField(r.dateOfBirthEnc),
        gender: r.gender,
        nationality: r.nationality,
        documentNumber: decryptField(r.documentNumberEnc),
        documentExpiry: r.documentExpiry.toISOString().slice(0, 10),
      },
    ]),
  );
  const filled = items.map((item) => {
    if (!item || typeof item !== 'object' || !Array.isArray((item as { passengers?: unknown }).passengers)) return item;
    const passengers = (item as { passengers: unknown[] }).passengers.map((p) => {
      if (!p || typeof p !== 'object') return p;
      const record = p as Record<string, unknown>;
      const saved = typeof record.savedTravellerId === 'string' ? byId.get(record.savedTravellerId) : undefined;
      if (!saved) return { ...record, savedTravellerId: undefined };
      const merged: Record<string, unknown> = { ...record };
      for (const field of PASSENGER_FIELDS) {
        if (typeof merged[field] !== 'string' || (merged[field] as string).trim() === '') merged[field] = saved[field];
      }
      return merged;
    });
    return { ...(item as object), passengers };
  });
  return { ...input, items: filled };
}
