/**
 * The supplier boundary by product kind: checkout never knows which supplier serves an offer, it asks
 * lib/inventory's registry for the one of the offer's kind.
 */
import 'server-only';
import { getSuppliers } from '@/lib/inventory/suppliers';
import type { ConfirmRequest, HoldResult, Offer, ProductKind, RepriceResult, SupplierTx } from '@/lib/inventory/supplier';

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

/**
 * `tx` is the order's transaction for the built-in catalog; for a remote supplier it is the app's client
 * (the call runs outside any transaction, remote-holds.ts) and `people` says in whose names to book.
 */
export function holdOffer(tx: SupplierTx, offer: Offer, holdId: string, expiresAt: Date, at: Date, people?: ConfirmRequest): Promise<HoldResult> {
  const s = getSuppliers();
  const request = { holdId, expiresAt, at, ...(people ? { travellers: people.travellers, contact: people.contact } : {}) };
  switch (offer.kind) {
    case 'FLIGHT':
      return s.flights.hold(tx, { offer, ...request });
    case 'HOTEL':
      return s.hotels.hold(tx, { offer, ...request });
    case 'TRANSFER':
      return s.transfers.hold(tx, { offer, ...request });
  }
}

/** The supplier serving a product kind (the registry's; a merged one routes by who holds a hold). */
export function supplierOf(kind: ProductKind) {
  const s = getSuppliers();
  return kind === 'FLIGHT' ? s.flights : kind === 'HOTEL' ? s.hotels : s.transfers;
}

export function supplierName(kind: ProductKind): string {
  return supplierOf(kind).name;
}

export function confirmHold(tx: SupplierTx, kind: ProductKind, holdId: string, people?: ConfirmRequest) {
  return supplierOf(kind).confirm(tx, holdId, people);
}

export function releaseHold(tx: SupplierTx, kind: ProductKind, holdId: string) {
  return supplierOf(kind).release(tx, holdId);
}
