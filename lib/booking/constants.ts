import type { OrderStatus } from '@/lib/db/generated/enums';

/** Inventory is held this long while the traveller pays by card (issue 6). */
export const CARD_HOLD_MINUTES = 15;

/** Agreement 4.1: pay at our office within this many hours; the inventory stays held until then. */
export const OFFICE_PAYMENT_HOURS = 24;
/** The office deadline is never later than this long before the first service starts. */
export const OFFICE_DEADLINE_BEFORE_SERVICE_HOURS = 6;
/** Offering office payment makes no sense with less time than this to come in. */
export const OFFICE_MIN_WINDOW_HOURS = 2;

/** A trip holds at most this many offers. */
export const MAX_TRIP_ITEMS = 8;

/** Orders that still claim their passengers' seats (Agreement 8.1) and their promo code use. */
export const LIVE_ORDER_STATUSES = [
  'HELD',
  'PAID',
  'ISSUED',
  'CANCELLATION_REQUESTED',
] as const satisfies readonly OrderStatus[];

/** The HttpOnly, strictly necessary cookie that keeps an anonymous browser's trip. */
export const TRIP_COOKIE = 'karvan_trip';
export const TRIP_COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
