'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from '@/lib/i18n/redirect';
import { userAction } from '@/lib/auth/action';
import { staffRoles } from '@/lib/auth/viewer-types';
import { authorityRequestSchema, dataRequestStatusSchema } from '@/lib/privacy/data-request-schema';
import { recordAuthorityRequest, updateDataRequestStatus } from '@/lib/privacy/staff-data-requests';

/** Staff only; the role is checked here and again in lib/privacy. */
export const recordAuthorityRequestAction = userAction({
  name: 'privacy.recordAuthorityRequest',
  schema: authorityRequestSchema,
  roles: staffRoles,
  async run(input, { viewer, request }) {
    const created = await recordAuthorityRequest({ ...input, viewer, context: request });
    revalidatePath('/[locale]/support/data-requests', 'page');
    return { ok: true, message: 'privacy.staff.authorityRecorded', values: { reference: created.reference } };
  },
});

export const updateDataRequestStatusAction = userAction({
  name: 'privacy.updateDataRequestStatus',
  schema: dataRequestStatusSchema,
  roles: staffRoles,
  async run({ locale, ...input }, { viewer, request }) {
    await updateDataRequestStatus({ ...input, viewer, context: request });
    revalidatePath('/[locale]/support/data-requests', 'page');
    // The page shows the new status (and drops the form once the request is closed).
    redirect({ href: { pathname: `/support/data-requests/${input.id}`, query: { saved: '1' } }, locale });
  },
});
