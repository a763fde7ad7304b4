import type { BookingSectionProps } from './booking-actions';

/**
 * The traveller's requests on a booking with their status, messages and refund status: rendered by the
 * booking page of /booking and of the account. Owned by the after-sales work (issue 9).
 */
export async function BookingRequests(props: BookingSectionProps) {
  void props;
  return null;
}
