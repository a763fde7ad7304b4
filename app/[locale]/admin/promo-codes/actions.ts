'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { redirect } from '@/lib/i18n/redirect';
import { defineAction, fieldErrorsOf } from '@/lib/auth/define-action';
import { createPromoCode, promoCodeInputSchema, setPromoCodeActive, updatePromoCode } from '@/lib/after-sales/admin/promo-codes';

/** ADMIN only (Agreement 7 codes): checked here and again in lib/after-sales/admin. */
export const createPromoCodeAction = defineAction({
  name: 'admin.createPromoCode',
  access: ['ADMIN'],
  schema: promoCodeInputSchema,
  async handler(input, { viewer, request }) {
    const created = await createPromoCode({ actor: viewer, input, context: request });
    revalidatePath('/[locale]/admin/promo-codes', 'page');
    return { ok: true, message: 'backOffice.promo.created', values: { code: created.code } };
  },
});

export const updatePromoCodeAction = defineAction({
  name: 'admin.updatePromoCode',
  access: ['ADMIN'],
  schema: z.object({ id: z.uuid({ error: 'auth.errors.notFound' }) }).passthrough(),
  async handler({ id, ...rest }, { viewer, request, locale }) {
    const parsed = promoCodeInputSchema.safeParse(rest);
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values: rest as Record<string, string> };
    await updatePromoCode({ actor: viewer, id, input: rest, context: request });
    revalidatePath('/[locale]/admin/promo-codes', 'page');
    redirect({ href: { pathname: '/admin/promo-codes', query: { done: 'updated' } }, locale });
  },
});

export const setPromoCodeActiveAction = defineAction({
  name: 'admin.setPromoCodeActive',
  access: ['ADMIN'],
  schema: z.object({ id: z.uuid({ error: 'auth.errors.notFound' }), active: z.enum(['true', 'false']) }),
  async handler(input, { viewer, request }) {
    const promo = await setPromoCodeActive({ actor: viewer, id: input.id, active: input.active === 'true', context: request });
    revalidatePath('/[locale]/admin/promo-codes', 'page');
    return { ok: true, message: promo.active ? 'backOffice.promo.activated' : 'backOffice.promo.deactivated', values: { code: promo.code } };
  },
});
