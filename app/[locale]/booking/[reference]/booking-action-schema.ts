import { z } from 'zod';

/**
 * Every traveller after-sales form names its booking by reference; the handler authorises it with
 * requireBookingAccess (the owner or the browser that looked it up; anyone else gets a 404) and only
 * the order id that yields reaches lib/after-sales. The other fields are checked there.
 */
export const bookingFormSchema = z.looseObject({
  reference: z.string().trim().min(1, { error: 'afterSales.errors.invalid' }).max(20, { error: 'afterSales.errors.invalid' }),
});
