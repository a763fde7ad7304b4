/**
 * The checkout form, shared by the page (field names, client hints) and placeOrder (the check that
 * counts). Every message is a catalog key; paths ("items.0.passengers.1.lastName") name the field.
 * Rules that need the offers or the clock (ages on the travel date, Agreement 6.2 windows, 8.1, 8.2,
 * 3.1.1) run in placeOrder on top of this shape check.
 */
import { z } from 'zod';
import { MAX_TRIP_ITEMS } from './constants';
import { isCountryCode } from './countries';

const E = (key: string) => `checkout.errors.${key}`;

const requiredText = (max: number) =>
  z
    .string({ error: E('required') })
    .trim()
    .min(1, E('required'))
    .max(max, E('tooLong'));

/** Names as in the passport: Latin letters, with spaces, hyphens and apostrophes between them. */
const latinName = requiredText(50).regex(/^[A-Za-z]+(?:[ '-][A-Za-z]+)*$/, E('latinOnly'));

export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const isoDate = z
  .string({ error: E('required') })
  .trim()
  .min(1, E('required'))
  .max(10, E('invalidDate'))
  .refine(isRealDate, E('invalidDate'));

/** HTML checkboxes send "on" when ticked and nothing otherwise. */
const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal(true), z.literal(''), z.literal('false'), z.literal(false)], { error: E('invalid') })
  .optional()
  .transform((v) => v === 'on' || v === 'true' || v === true);

const count = (min: number, max: number) =>
  z
    .union([z.string().max(3, E('invalidNumber')), z.number()], { error: E('invalidNumber') })
    .transform((v, ctx) => {
      const n = typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v);
      if (!Number.isInteger(n)) {
        ctx.addIssue({ code: 'custom', message: E('invalidNumber') });
        return z.NEVER;
      }
      return n;
    })
    .pipe(z.number().min(min, E('numberTooSmall')).max(max, E('numberTooLarge')));

const optionalUuid = z
  .union([z.literal(''), z.uuid({ error: E('invalid') })])
  .optional()
  .transform((v) => (v ? v : undefined));

const GENDERS = ['FEMALE', 'MALE', 'UNSPECIFIED'] as const;

export const flightPassengerSchema = z.object({
  savedTravellerId: optionalUuid,
  firstName: latinName,
  lastName: latinName,
  dateOfBirth: isoDate,
  gender: z.enum(GENDERS, { error: E('required') }),
  nationality: z
    .string({ error: E('required') })
    .trim()
    .toUpperCase()
    .min(1, E('required'))
    .refine((v) => v.length === 2 && isCountryCode(v), E('invalidCountry')),
  documentNumber: requiredText(30)
    .transform((v) => v.replace(/[\s-]/g, '').toUpperCase())
    .refine((v) => /^[A-Z0-9]{5,20}$/.test(v), E('invalidDocument')),
  documentExpiry: isoDate,
  /** Agreement 8.2: booked through support, not online */
  specialAssistance: checkbox,
  latePregnancy: checkbox,
});

const personName = z.object({ firstName: latinName, lastName: latinName });

const tripItemId = z.uuid({ error: E('tripChanged') });

const flightItemSchema = z.object({
  tripItemId,
  kind: z.literal('FLIGHT'),
  passengers: z.array(flightPassengerSchema).min(1, E('tripChanged')).max(9, E('tripChanged')),
});

const hotelItemSchema = z.object({ tripItemId, kind: z.literal('HOTEL'), leadGuest: personName });

/**
 * The arriving flight for the driver (Agreement 6.2: after a delay the driver waits on, which needs the
 * flight to follow): an IATA carrier code (two letters, or a letter and a digit) and 1–4 digits, typed
 * with or without a space; stored as "J2 123". Optional: a pickup that is not from a flight has none.
 */
export const flightNumber = z
  .string({ error: E('invalidFlightNumber') })
  .max(12, E('invalidFlightNumber'))
  .optional()
  .transform((v, ctx) => {
    const compact = (v ?? '').replace(/[\s-]/g, '').toUpperCase();
    if (compact === '') return undefined;
    const m = /^([A-Z]{2}|[A-Z][0-9]|[0-9][A-Z])([0-9]{1,4})$/.exec(compact);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: E('invalidFlightNumber') });
      return z.NEVER;
    }
    return `${m[1]} ${m[2]}`;
  });

/** Agreement 6.2: people, luggage, child seats and animals are declared with the transfer. */
const transferItemSchema = z.object({
  tripItemId,
  kind: z.literal('TRANSFER'),
  leadPassenger: personName,
  passengers: count(1, 19),
  bags: count(0, 40),
  childSeats: count(0, 6),
  animals: count(0, 4),
  flightNumber,
});

const checkoutItemSchema = z.discriminatedUnion('kind', [flightItemSchema, hotelItemSchema, transferItemSchema], {
  error: E('tripChanged'),
});

export const checkoutSchema = z.object({
  /** rendered once per checkout page: the same form submitted twice places one order */
  idempotencyKey: z.uuid({ error: E('reload') }),
  items: z.array(checkoutItemSchema, { error: E('tripChanged') }).min(1, E('tripChanged')).max(MAX_TRIP_ITEMS, E('tripChanged')),
  contact: z.object({
    // Shape only here; Agreement 3.1.9 (checkContactDetails) decides what is missing or invalid.
    email: z.string({ error: E('required') }).trim().max(254, E('tooLong')),
    phone: z.string({ error: E('required') }).trim().max(32, E('tooLong')),
    bookerDateOfBirth: isoDate,
  }),
  promoCode: z
    .string()
    .optional()
    .transform((v) => (v ?? '').trim().toUpperCase())
    .pipe(z.string().max(32, E('promoInvalid')).regex(/^[A-Z0-9_-]*$/, E('promoInvalid'))),
  paymentMethod: z.enum(['CARD', 'OFFICE'], { error: E('required') }),
  consents: z.object({
    agreement: checkbox,
    agreementVersion: z.string({ error: E('reload') }).max(40, E('reload')),
    dataProcessing: checkbox,
    marketing: checkbox,
  }),
});

export type CheckoutInput = z.infer<typeof checkoutSchema>;
export type CheckoutItemInput = z.infer<typeof checkoutItemSchema>;

/** zod issues → { "items.0.passengers.1.lastName": messageKey }, the first message per field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_form';
    const key = /^[a-z]+(\.[A-Za-z0-9]+)+$/.test(issue.message) ? issue.message : E('invalid');
    out[path] ??= key;
  }
  return out;
}

const SEGMENT = /^(?:[A-Za-z][A-Za-z0-9]{0,39}|\d{1,2})$/;
const MAX_FIELDS = 600;

/**
 * Form fields named with dotted paths ("items.0.passengers.1.firstName") → a nested object for the
 * schema. Hostile names (prototype keys, deep or huge forms) are refused rather than interpreted.
 */
export function formToObject(entries: Iterable<[string, unknown]>): Record<string, unknown> | null {
  const root: Record<string, unknown> = {};
  let n = 0;
  for (const [name, value] of entries) {
    if (name.startsWith('$ACTION')) continue;
    if (++n > MAX_FIELDS || name.length > 120 || typeof value !== 'string' || value.length > 500) return null;
    const parts = name.split('.');
    if (parts.length > 6 || !parts.every((p) => SEGMENT.test(p))) return null;
    if (parts.some((p) => p === '__proto__' || p === 'constructor' || p === 'prototype')) return null;
    let node: Record<string, unknown> = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = value;
        return;
      }
      const next = node[part];
      if (typeof next !== 'object' || next === null) node[part] = {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return arraysFromIndexes(root) as Record<string, unknown>;
}

/** Objects whose keys are all small integers become arrays in index order (gaps refused). */
function arraysFromIndexes(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, arraysFromIndexes(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d{1,2}$/.test(k))) {
    const array: unknown[] = [];
    for (const [k, v] of entries) array[Number(k)] = v;
    return array.length === entries.length ? array : Object.fromEntries(entries);
  }
  return Object.fromEntries(entries);
}
