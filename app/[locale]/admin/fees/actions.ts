'use server';

import { revalidatePath } from 'next/cache';
import { feeScheduleInputSchema, publishFeeSchedule } from '@/lib/after-sales/admin/fee-schedules';
import { defineAction } from '@/lib/auth/define-action';

/** ADMIN only (Agreement 4.3, 4.4): checked here and again in lib/after-sales/admin. */
export const publishFeeScheduleAction = defineAction({
  name: 'admin.publishFeeSchedule',
  access: ['ADMIN'],
  schema: feeScheduleInputSchema,
  async handler(input, { viewer, request }) {
    const { version } = await publishFeeSchedule({ actor: viewer, input, context: request });
    revalidatePath('/[locale]/admin/fees', 'page');
    return { ok: true, message: 'backOffice.fees.published', values: { version } };
  },
});
