/**
 * An offer as the rules module reads it (lib/rules: FlightItem / HotelItem / TransferItem). The offer
 * page describes the rules from this item, and checkout stores the same item in the order, so what
 * the traveller reads is what the server later enforces.
 */
import type { Money } from '../money';
import type { FlightItem, HotelItem, Item, TransferItem } from '../rules/types';
import type { FlightOffer, HotelOffer, Offer, TransferOffer } from './supplier';

export function toRulesItem(offer: FlightOffer, serviceFee: Money): FlightItem;
export function toRulesItem(offer: HotelOffer, serviceFee: Money): HotelItem;
export function toRulesItem(offer: TransferOffer, serviceFee: Money): TransferItem;
export function toRulesItem(offer: Offer, serviceFee: Money): Item;
export function toRulesItem(offer: Offer, serviceFee: Money): Item {
  switch (offer.kind) {
    case 'FLIGHT':
      return {
        kind: 'FLIGHT',
        price: offer.price.total,
        serviceFee,
        departureAt: offer.slices[0]!.departureAt,
        issued: false,
        fareRules: offer.fareRules,
      };
    case 'HOTEL':
      return {
        kind: 'HOTEL',
        price: offer.price.total,
        serviceFee,
        checkInAt: offer.checkInAt,
        firstNight: offer.price.firstNight,
        cancellation: offer.cancellation,
      };
    case 'TRANSFER':
      return { kind: 'TRANSFER', price: offer.price.total, serviceFee, vehicleClass: offer.vehicleClass, pickupAt: offer.pickupAt };
  }
}
