import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { db } from '@/lib/db/client';
import { BOOKING_COOKIE, bookingCookieGrants } from '@/lib/booking/booking-lookup-cookie';
import { confirmationLinkGrants } from '@/lib/booking/confirmation-link';
import { getViewer } from './viewer';
import type { Viewer } from './viewer-types';

/**
 * Who may see and manage a booking as its traveller: the signed-in user who owns the order, or a
 * browser that found it through /booking with its reference and a traveller's surname (the signed
 * `karvan_booking` cookie, 24 h). Staff roles give nothing here: staff work on orders through /support,
 * where their access is logged. Every traveller page and action under /[locale]/booking/[reference]
 * calls this in the server, next to the data it loads.
 */
export type BookingAccess = {
  orderId: string;
  reference: string;
  via: 'account' | 'lookup';
  viewer: Viewer | null;
};

/** Loose on purpose: older and test references differ in shape; the lookup form is the strict one. */
function referenceOf(value: string): string | null {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  const upper = decoded.trim().toUpperCase();
  return /^[A-Z0-9-]{4,32}$/.test(upper) ? upper : null;
}

export type ResolveBookingAccessInput = {
  reference: string;
  viewer: Viewer | null;
  /** the raw `karvan_booking` cookie value */
  lookupCookie: string | null | undefined;
  now?: Date;
};

/** The decision itself, without Next.js request state (tests and jobs call this). */
export async function resolveBookingAccess({ reference, viewer, lookupCookie, now = new Date() }: ResolveBookingAccessInput): Promise<BookingAccess | null> {
  const normal = referenceOf(reference);
  if (!normal) return null;
  const order = await db.order.findUnique({ where: { reference: normal }, select: { id: true, reference: true, userId: true } });
  if (!order) return null;
  if (viewer && order.userId === viewer.id) return { orderId: order.id, reference: order.reference, via: 'account', viewer };
  if (bookingCookieGrants(lookupCookie, order.id, now)) return { orderId: order.id, reference: order.reference, via: 'lookup', viewer };
  return null;
}

/** The current request's access to the booking, or null (another person's or an unknown reference alike). */
export const getBookingAccess = cache(async (reference: string): Promise<BookingAccess | null> => {
  const [viewer, jar] = await Promise.all([getViewer(), cookies()]);
  return resolveBookingAccess({ reference, viewer, lookupCookie: jar.get(BOOKING_COOKIE)?.value });
});

/** As getBookingAccess, but a visitor without access gets a plain 404. */
export async function requireBookingAccess(reference: string): Promise<BookingAccess> {
  const access = await getBookingAccess(reference);
  if (!access) notFound();
  return access;
}

/**
 * Who may download a booking's documents (receipt PDF, calendar file): whoever may see the booking
 * page, or whoever holds the confirmation page's signed link (the trip's browser, a mail's link), so
 * the downloads on /checkout/done work for everyone that page shows the booking to.
 */
export async function getBookingDocumentAccess(reference: string, linkToken: string | null): Promise<{ orderId: string } | null> {
  const access = await getBookingAccess(reference);
  if (access) return { orderId: access.orderId };
  const normal = referenceOf(reference);
  if (!normal || !linkToken) return null;
  const order = await db.order.findUnique({ where: { reference: normal }, select: { id: true } });
  return order && confirmationLinkGrants(linkToken, order.id) ? { orderId: order.id } : null;
}
