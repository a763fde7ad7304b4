import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import { noRequestContext } from '@/lib/auth/request-context';
import { encryptField } from '@/lib/crypto/field-encryption';
import { recordOrderEvent } from '../record-order-event';
import { documentHasher } from './document-hasher';
import { emptyTrip } from './empty-trip';
import { findPlacedOrder } from './find-placed-order';
import { hasRemoteItems, holdOrderItems } from './hold-order-items';
import { insertOrder } from './insert-order';
import { lockCheckout } from './lock-checkout';
import { redeemPromo } from './redeem-promo';
import { requireNoDuplicateReservations } from './require-no-duplicate-reservations';
import { requireTripUnchanged } from './require-trip-unchanged';
import type { PlacedOrder, PlaceOrderOptions, PreparedOrder } from './types';
import { writeOrderCheckout } from './write-order-checkout';
import { writeOrderConsents } from './write-order-consents';
import { writeOrderItems } from './write-order-items';

/**
 * The order's transaction, in this sequence: the form's lock and replay, the trip as the form saw it, the
 * duplicate check of Agreement 8.1, the order with its checkout record, items, price lines, passengers and
 * consents, the promo use, and the inventory last, then the trip emptied and the DRAFT → HELD event.
 * With a remote supplier's item the order stays DRAFT with an intent per remote item, the trip is kept,
 * and finish-remote-holds.ts makes the remote holds after this commit (README, Decisions: "Remote bookings").
 */
export async function writeOrder(tx: Tx, p: PreparedOrder, options: PlaceOrderOptions, at: Date): Promise<PlacedOrder> {
  const { input, trip } = p;
  await lockCheckout(tx, input.idempotencyKey);
  const replay = await findPlacedOrder(tx, input.idempotencyKey, trip.id);
  if (replay) return replay;
  await requireTripUnchanged(tx, trip);

  const orderId = randomUUID();
  const docHash = documentHasher();
  const flagged = await requireNoDuplicateReservations(tx, p, docHash);

  const remote = hasRemoteItems(p);
  const reference = await insertOrder(tx, {
    id: orderId,
    userId: options.owner.userId,
    contactEmail: input.contact.email.trim().toLowerCase(),
    contactPhoneEnc: encryptField(input.contact.phone.replace(/[\s\-.()]/g, '')),
    locale: options.locale,
    agreementVersion: input.consents.agreementVersion,
  }, remote ? 'DRAFT' : 'HELD');
  await writeOrderCheckout(tx, orderId, p);
  const itemIds = await writeOrderItems(tx, orderId, p, docHash);
  await writeOrderConsents(tx, { orderId, userId: options.owner.userId, input, language: options.locale, hasCoTravellers: p.hasCoTravellers, at });
  await redeemPromo(tx, p, orderId);
  await holdOrderItems(tx, orderId, itemIds, p, at);
  if (!remote) await emptyTrip(tx, trip.id);

  await recordOrderEvent(tx, {
    orderId,
    from: remote ? null : 'DRAFT',
    to: remote ? 'DRAFT' : 'HELD',
    reason: remote ? 'REMOTE_HOLDS_PENDING' : 'INVENTORY_HELD',
    actor: options.actor ?? null,
    context: options.context ?? noRequestContext,
    data: {
      reference,
      items: p.items.length,
      paymentMethod: input.paymentMethod,
      holdExpiresAt: p.holdExpiresAt.toISOString(),
      ...(flagged.length ? { duplicatesFlagged: flagged } : {}),
    },
  });

  return { orderId, reference, paymentMethod: input.paymentMethod, holdExpiresAt: p.holdExpiresAt, charge: p.charge, created: true };
}
