import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import { encryptField } from '@/lib/crypto/field-encryption';
import { flightLegs, passengerTypes } from '../offer-facts';
import type { DocumentHash, OrderLine } from './types';

/**
 * The people of one order item: flight passengers with their documents encrypted and one reservation per
 * leg (what Agreement 8.1 checks later orders against), a hotel's lead guest, a transfer's lead passenger
 * and party.
 */
export async function writePassengers(tx: Tx, orderId: string, orderItemId: string, item: OrderLine, docHash: DocumentHash): Promise<void> {
  const { input, offer } = item;
  if (input.kind === 'FLIGHT' && offer.kind === 'FLIGHT') {
    const types = passengerTypes(offer);
    const legs = flightLegs(offer);
    for (const [position, p] of input.passengers.entries()) {
      const passengerId = randomUUID();
      const hash = docHash(p.documentNumber);
      await tx.orderPassenger.create({
        data: {
          id: passengerId,
          orderId,
          orderItemId,
          position,
          role: 'FLIGHT_PASSENGER',
          type: types[position] ?? 'ADULT',
          firstName: p.firstName.toUpperCase(),
          lastName: p.lastName.toUpperCase(),
          gender: p.gender,
          nationality: p.nationality,
          dateOfBirthEnc: encryptField(p.dateOfBirth),
          documentNumberEnc: encryptField(p.documentNumber),
          documentNumberHash: hash,
          documentExpiry: new Date(`${p.documentExpiry}T00:00:00Z`),
          savedTravellerId: p.savedTravellerId ?? null,
        },
      });
      await tx.orderFlightReservation.createMany({
        data: legs.map((leg) => ({
          orderId,
          passengerId,
          carrier: leg.carrier,
          flightNumber: leg.number,
          departureDate: new Date(`${leg.departureDate}T00:00:00Z`),
          documentNumberHash: hash,
        })),
      });
    }
  } else if (input.kind === 'HOTEL') {
    await tx.orderPassenger.create({
      data: {
        orderId,
        orderItemId,
        position: 0,
        role: 'HOTEL_LEAD_GUEST',
        firstName: input.leadGuest.firstName.toUpperCase(),
        lastName: input.leadGuest.lastName.toUpperCase(),
      },
    });
  } else if (input.kind === 'TRANSFER') {
    await tx.orderPassenger.create({
      data: {
        orderId,
        orderItemId,
        position: 0,
        role: 'TRANSFER_LEAD_PASSENGER',
        firstName: input.leadPassenger.firstName.toUpperCase(),
        lastName: input.leadPassenger.lastName.toUpperCase(),
        // The driver's flight to follow travels with the other transfer details (Agreement 6.2).
        transferDetails: {
          passengers: input.passengers,
          bags: input.bags,
          childSeats: input.childSeats,
          animals: input.animals,
          ...(input.flightNumber ? { flightNumber: input.flightNumber } : {}),
        },
      },
    });
  }
}
