import type { TravellerGender } from '@/lib/db/generated/enums';
import { maskDocumentNumber } from '@/lib/privacy/mask';
import { decryptField } from '@/lib/crypto/field-encryption';

export const savedTravellerSelect = {
  id: true,
  firstName: true,
  lastName: true,
  dateOfBirthEnc: true,
  gender: true,
  nationality: true,
  documentNumberEnc: true,
  documentExpiry: true,
} as const;

type Row = {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirthEnc: string;
  gender: TravellerGender;
  nationality: string;
  documentNumberEnc: string;
  documentExpiry: Date;
};

/** A co-traveller as its owner sees it: dates as YYYY-MM-DD, the document number masked for lists. */
export type SavedTravellerView = {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  gender: TravellerGender;
  nationality: string;
  documentNumberMasked: string;
  documentExpiry: string;
};

export type SavedTravellerDetail = SavedTravellerView & { documentNumber: string };

// One document-number mask across the product (lib/privacy/mask.ts), here and in staff and booking views.
;

export function toTravellerDetail(row: Row): SavedTravellerDetail {
  const documentNumber = decryptField(row.documentNumberEnc);
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: decryptField(row.dateOfBirthEnc),
    gender: row.gender,
    nationality: row.nationality,
    documentNumber,
    documentNumberMasked: maskDocumentNumber(documentNumber),
    documentExpiry: row.documentExpiry.toISOString().slice(0, 10),
  };
}

export function toTravellerView(row: Row): SavedTravellerView {
  const { documentNumber: _omit, ...view } = toTravellerDetail(row);
  return view;
}
