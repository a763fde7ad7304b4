'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from '@/lib/i18n/redirect';
import { defineAction } from '@/lib/auth/define-action';
import { staffRoles } from '@/lib/auth/viewer-types';
import { authorityRequestSchema, dataRequestStatusSchema } from '@/lib/privacy/data-request-schema';
import { recordAuthorityRequest, updateDataRequestStatus } from '@/lib/privacy/staff-data-requests';

/** Staff only; the role is checked here and again in lib/privacy. */
export const recordAuthorityRequestAction = defineAction({
  name: 'privacy.recordAuthorityRequest',
  schema: authorityRequestSchema,
  access: staffRoles,
  async handler(input, { viewer, request }) {
    const created = await recordAuthorityRequest({ ...input, viewer, context: request });
    revalidatePath('/[locale]/support/data-requests', 'page');
    return { ok: true, message: 'privacy.staff.authorityRecorded', values: { reference: created.reference } };
  },
});

export const updateDataRequestStatusAction = defineAction({
  name: 'privacy.updateDataRequestStatus',
  schema: dataRequestStatusSchema,
  access: staffRoles,
  async handler({ locale, ...input }, { viewer, request }) {
    await updateDataRequestStatus({ ...input, viewer, context: request });
    revalidatePath('/[locale]/support/data-requests', 'page');
    // The page shows the new status (and drops the form once the request is closed).
    redirect({ href: { pathname: `/support/data-requests/${input.id}`, query: { saved: '1' } }, locale });
  },
});
