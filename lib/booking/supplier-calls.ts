/**
 * The supplier boundary by product kind: checkout never knows which supplier serves an offer, it asks
 * lib/inventory's registry for the one of the offer's kind.
 */
import 'server-only';
import type { Tx } from '@/lib/db/client';
import { getSuppliers } from '@/lib/inventory/suppliers';
import type { HoldResult, Offer, ProductKind, RepriceResult } from '@/lib/inventory/supplier';

export function getOffer(kind: ProductKind, offerId: string, at: Date): Promise<Offer | null> {
  const s = getSuppliers();
  switch (kind) {
    case 'FLIGHT':
      return s.flights.getOffer(offerId, at);
    case 'HOTEL':
      return s.hotels.getOffer(offerId, at);
    case 'TRANSFER':
      return s.transfers.getOffer(offerId, at);
  }
}

export function repriceOffer(offer: Offer, at: Date): Promise<RepriceResult<Offer>> {
  const s = getSuppliers();
  switch (offer.kind) {
    case 'FLIGHT':
      return s.flights.reprice(offer, at);
    case 'HOTEL':
      return s.hotels.reprice(offer, at);
    case 'TRANSFER':
      return s.transfers.reprice(offer, at);
  }
}

export function holdOffer(tx: Tx, offer: Offer, holdId: string, expiresAt: Date, at: Date): Promise<HoldResult> {
  const s = getSuppliers();
  switch (offer.kind) {
    case 'FLIGHT':
      return s.flights.hold(tx, { offer, holdId, expiresAt, at });
    case 'HOTEL':
      return s.hotels.hold(tx, { offer, holdId, expiresAt, at });
    case 'TRANSFER':
      return s.transfers.hold(tx, { offer, holdId, expiresAt, at });
  }
}

function supplierOf(kind: ProductKind) {
  const s = getSuppliers();
  return kind === 'FLIGHT' ? s.flights : kind === 'HOTEL' ? s.hotels : s.transfers;
}

export function supplierName(kind: ProductKind): string {
  return supplierOf(kind).name;
}

export function confirmHold(tx: Tx, kind: ProductKind, holdId: string) {
  return supplierOf(kind).confirm(tx, holdId);
}

export function releaseHold(tx: Tx, kind: ProductKind, holdId: string) {
  return supplierOf(kind).release(tx, holdId);
}
