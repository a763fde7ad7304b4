import type { Locale } from '@/lib/i18n/locales';

export type BookingSectionProps = { orderId: string; reference: string; locale: Locale };

/**
 * "What can be done next" on a booking (cancel, change, ask): rendered by the booking page of /booking
 * and of the account. Owned by the after-sales work (issue 9); until it lands it renders nothing.
 */
export async function BookingActions(props: BookingSectionProps) {
  void props;
  return null;
}
