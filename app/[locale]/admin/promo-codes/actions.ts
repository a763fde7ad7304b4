'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { redirect } from '@/lib/i18n/redirect';
import { userAction } from '@/lib/auth/action';
import { createPromoCode, promoCodeInputSchema, setPromoCodeActive, updatePromoCode } from '@/lib/after-sales/admin/promo-codes';

/** ADMIN only (Agreement 7 codes): checked here and again in lib/after-sales/admin. */
export const createPromoCodeAction = userAction({
  name: 'admin.createPromoCode',
  roles: ['ADMIN'],
  schema: promoCodeInputSchema,
  async run(input, { viewer, request }) {
    const created = await createPromoCode({ actor: viewer, input, context: request });
    revalidatePath('/[locale]/admin/promo-codes', 'page');
    return { ok: true, message: 'backOffice.promo.created', values: { code: created.code } };
  },
});

export const updatePromoCodeAction = userAction({
  name: 'admin.updatePromoCode',
  roles: ['ADMIN'],
  schema: z.object({ id: z.uuid({ error: 'auth.errors.notFound' }) }).passthrough(),
  async run({ id, ...rest }, { viewer, request, locale }) {
    const parsed = promoCodeInputSchema.safeParse(rest);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? '_form')] ??= []).push(issue.message);
      return { fieldErrors, values: rest as Record<string, string> };
    }
    await updatePromoCode({ actor: viewer, id, input: rest, context: request });
    revalidatePath('/[locale]/admin/promo-codes', 'page');
    redirect({ href: { pathname: '/admin/promo-codes', query: { done: 'updated' } }, locale });
  },
});

export const setPromoCodeActiveAction = userAction({
  name: 'admin.setPromoCodeActive',
  roles: ['ADMIN'],
  schema: z.object({ id: z.uuid({ error: 'auth.errors.notFound' }), active: z.enum(['true', 'false']) }),
  async run(input, { viewer, request }) {
    const promo = await setPromoCodeActive({ actor: viewer, id: input.id, active: input.active === 'true', context: request });
    revalidatePath('/[locale]/admin/promo-codes', 'page');
    return { ok: true, message: promo.active ? 'backOffice.promo.activated' : 'backOffice.promo.deactivated', values: { code: promo.code } };
  },
});
