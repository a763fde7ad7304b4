import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { UserFacingError } from '@/lib/auth/errors';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { blindIndex, encryptField } from '@/lib/crypto/field-encryption';
import type { TravellerInput } from './schemas';

export const MAX_SAVED_TRAVELLERS = 50;

export type SaveTravellerOptions = { viewer: Viewer; input: TravellerInput; context: RequestContext };

export function encryptedTravellerData(input: TravellerInput) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    dateOfBirthEnc: encryptField(input.dateOfBirth),
    gender: input.gender,
    nationality: input.nationality,
    documentNumberEnc: encryptField(input.documentNumber),
    documentNumberHash: blindIndex(input.documentNumber),
    documentExpiry: new Date(`${input.documentExpiry}T00:00:00Z`),
  };
}

export async function createSavedTraveller({ viewer, input, context }: SaveTravellerOptions): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const count = await tx.savedTraveller.count({ where: { userId: viewer.id } });
    if (count >= MAX_SAVED_TRAVELLERS) throw new UserFacingError('too-many-travellers', 'account.travellers.errors.tooMany');
    const created = await tx.savedTraveller.create({ data: { userId: viewer.id, ...encryptedTravellerData(input) }, select: { id: true } });
    await recordAuditEvent(tx, {
      actor: viewer,
      action: 'account.traveller_added',
      subjectType: 'SavedTraveller',
      subjectId: created.id,
      context,
    });
    return created;
  });
}
