'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/auth/define-action';
import { redirect } from '@/lib/i18n/redirect';
import { deleteSavedSearch } from '@/lib/alerts/manage-searches';

/** Deletes one of the viewer's saved searches (deleteSavedSearch scopes it to the viewer). */
export const deleteSavedSearchAction = defineAction({
  name: 'deleteSavedSearch',
  access: 'signed-in',
  signInReturnTo: '/account/alerts',
  schema: z.object({ id: z.uuid({ error: 'auth.errors.notFound' }) }),
  async handler({ id }, { viewer, request, locale }) {
    await deleteSavedSearch(id, viewer, request);
    redirect({ href: { pathname: '/account/alerts', query: { deleted: '1' } }, locale });
  },
});
