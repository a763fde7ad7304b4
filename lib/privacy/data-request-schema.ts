import { z } from 'zod';

/**
 * One schema for the data request form and its server action (Privacy Policy 9, 10). Error messages
 * are message keys (content/messages/<locale>/privacy.json, "request.errors").
 */
export const dataRequestKinds = ['ACCESS', 'CORRECTION', 'ERASURE', 'RESTRICTION', 'OBJECTION'] as const;
export type DataRequestKind = (typeof dataRequestKinds)[number];

export const DATA_REQUEST_DEADLINE_DAYS = 10;

/** An optional text field: absent or blank is null. */
const optional = (max: number) =>
  z.preprocess(
    (v) => v ?? '',
    z
      .string()
      .trim()
      .max(max, { error: 'privacy.request.errors.tooLong' })
      .transform((v) => (v === '' ? null : v)),
  );

export const dataRequestSchema = z
  .object({
    kind: z.enum(dataRequestKinds, { error: 'privacy.request.errors.kind' }),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: 'privacy.request.errors.email' }))
      .pipe(z.string().max(254, { error: 'privacy.request.errors.email' })),
    name: optional(120),
    orderReference: optional(20).pipe(
      z
        .string()
        .regex(/^[A-Za-z]{3}-[A-Za-z0-9]{6}$/, { error: 'privacy.request.errors.orderReference' })
        .transform((v) => v.toUpperCase())
        .nullable(),
    ),
    details: optional(4000),
    locale: z.enum(['en', 'ru', 'az', 'kk']),
  })
  .refine((v) => v.kind !== 'CORRECTION' || v.details !== null, { path: ['details'], error: 'privacy.request.errors.detailsRequired' });

export type DataRequestInput = z.output<typeof dataRequestSchema>;

export const authorityRequestSchema = z.object({
  kind: z.enum(dataRequestKinds, { error: 'privacy.request.errors.kind' }),
  authorityName: z.string().trim().min(1, { error: 'privacy.staff.errors.required' }).max(200, { error: 'privacy.request.errors.tooLong' }),
  authorityReference: z.string().trim().min(1, { error: 'privacy.staff.errors.required' }).max(200, { error: 'privacy.request.errors.tooLong' }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'privacy.request.errors.email' })),
  details: z.string().trim().min(1, { error: 'privacy.staff.errors.required' }).max(4000, { error: 'privacy.request.errors.tooLong' }),
  receivedOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'privacy.staff.errors.date' })
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: 'privacy.staff.errors.date' }),
});

export type AuthorityRequestInput = z.output<typeof authorityRequestSchema>;

export const dataRequestStatusSchema = z.object({
  id: z.uuid({ error: 'auth.errors.notFound' }),
  locale: z.enum(['en', 'ru', 'az', 'kk']).default('en'),
  status: z.enum(['IN_PROGRESS', 'COMPLETED', 'REJECTED'], { error: 'privacy.staff.errors.status' }),
  resolution: optional(4000),
});
