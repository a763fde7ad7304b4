import { z } from 'zod';

/** Shared by the trip's server actions and their forms; messages are catalog keys. */
const productKindSchema = z.enum(['FLIGHT', 'HOTEL', 'TRANSFER'], { error: 'trip.errors.invalidOffer' });

const offerIdSchema = z
  .string({ error: 'trip.errors.invalidOffer' })
  .min(1, 'trip.errors.invalidOffer')
  .max(200, 'trip.errors.invalidOffer')
  .regex(/^[A-Za-z0-9._-]+$/, 'trip.errors.invalidOffer');

export const addToTripSchema = z.object({ kind: productKindSchema, offerId: offerIdSchema });

export const tripItemIdSchema = z.object({ itemId: z.uuid({ error: 'trip.errors.itemNotFound' }) });

export const promoCodeSchema = z.object({
  promoCode: z
    .string()
    .trim()
    .max(32, 'checkout.errors.promoInvalid')
    .regex(/^[A-Za-z0-9_-]*$/, 'checkout.errors.promoInvalid')
    .transform((v) => v.toUpperCase()),
});
