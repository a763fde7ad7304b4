import { z } from 'zod';
import { normaliseDocumentNumber } from '@/lib/crypto/field-encryption';
import { isCountryCode } from './countries';

/**
 * The one set of input schemas for account forms and actions. Error messages are message keys
 * (content/messages/<locale>/account.json, "validation"), translated next to the field.
 */

const optionalText = (max: number, key: string) =>
  z
    .string()
    .trim()
    .max(max, { error: key })
    .transform((v) => (v === '' ? null : v));

/** Phone numbers in international form: "+994 50 123 45 67" → "+994501234567". */
const phoneSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s().-]/g, ''))
  .pipe(z.union([z.literal(''), z.string().regex(/^\+[1-9]\d{6,14}$/, { error: 'account.validation.phone' })]))
  .transform((v) => (v === '' ? null : v));

export const profileSchema = z.object({
  name: optionalText(100, 'account.validation.nameTooLong'),
  phone: phoneSchema,
});
export type ProfileInput = z.output<typeof profileSchema>;

/** Names as printed in the passport's machine-readable zone: Latin letters, spaces, hyphens, apostrophes. */
const passportName = z
  .string()
  .trim()
  .min(1, { error: 'account.validation.required' })
  .max(50, { error: 'account.validation.nameTooLong' })
  .regex(/^[A-Za-z][A-Za-z' -]*$/, { error: 'account.validation.latinLetters' })
  .transform((v) => v.replace(/\s+/g, ' ').toUpperCase());

const isoDate = (key: string) =>
  z
    .string()
    .trim()
    .min(1, { error: 'account.validation.required' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: key })
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    }, { error: key });

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export const travellerSchema = z.object({
  firstName: passportName,
  lastName: passportName,
  dateOfBirth: isoDate('account.validation.date').refine((v) => v >= '1900-01-01' && v <= todayUtc(), {
    error: 'account.validation.dateOfBirth',
  }),
  gender: z.enum(['FEMALE', 'MALE', 'UNSPECIFIED'], { error: 'account.validation.required' }),
  nationality: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v): boolean => isCountryCode(v), { error: 'account.validation.nationality' }),
  documentNumber: z
    .string()
    .transform(normaliseDocumentNumber)
    .pipe(
      z
        .string()
        .min(1, { error: 'account.validation.required' })
        .regex(/^[A-Z0-9]{5,20}$/, { error: 'account.validation.documentNumber' }),
    ),
  documentExpiry: isoDate('account.validation.date').refine((v) => v > todayUtc(), { error: 'account.validation.documentExpired' }),
});
export type TravellerInput = z.output<typeof travellerSchema>;

export const travellerIdSchema = z.object({ id: z.uuid({ error: 'auth.errors.notFound' }) });
