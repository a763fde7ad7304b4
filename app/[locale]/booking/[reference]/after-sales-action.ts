import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { requireBookingAccess, type BookingAccess } from '@/lib/auth/booking-access';
import type { RequestContext } from '@/lib/auth/request-context';
import { currentRequestContext } from '@/lib/auth/viewer';
import { isAfterSalesError } from '@/lib/after-sales/errors';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import type { AfterSalesActionState } from '@/components/after-sales/action-state';

export type { AfterSalesActionState };

export type AfterSalesActionContext = { access: BookingAccess; locale: Locale; context: RequestContext; values: Record<string, string> };

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string' || value.length > 5000) continue;
    values[key] = value;
  }
  return values;
}

/**
 * Every traveller after-sales action: the booking is authorised in the server from the reference
 * (requireBookingAccess: the owner or the browser that looked it up; anyone else gets a 404), and only
 * the order id it yields reaches the domain function. Expected refusals become message keys;
 * anything else is logged and answered generically (domain writes are one transaction each).
 */
export async function runBookingAction(
  formData: FormData,
  name: string,
  run: (ctx: AfterSalesActionContext) => Promise<AfterSalesActionState | void>,
): Promise<AfterSalesActionState> {
  const values = formValues(formData);
  const locale: Locale = isLocale(values.locale) ? values.locale : 'en';
  try {
    const access = await requireBookingAccess(values.reference ?? '');
    const result = await run({ access, locale, context: await currentRequestContext(), values });
    return result ?? { ok: true };
  } catch (error) {
    unstable_rethrow(error);
    if (isAfterSalesError(error)) {
      const latestAt = error.details.latestAt instanceof Date ? error.details.latestAt.toISOString() : undefined;
      return {
        error: error.messageKey,
        fieldErrors: error.details.fieldErrors,
        values,
        details: { clause: error.details.clause, reason: error.details.reason, latestAt },
      };
    }
    console.error(`[after-sales] ${name} failed`, error);
    return { error: 'afterSales.errors.unexpected', values };
  }
}
