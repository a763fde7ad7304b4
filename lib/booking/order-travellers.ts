import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import { decryptField } from '@/lib/crypto/field-encryption';
import type { ConfirmRequest, SupplierTraveller } from '@/lib/inventory/supplier';

/**
 * The people of one order item as a remote supplier books them, read from the stored order (dates of
 * birth and the phone decrypted here, in memory only for the call): any web or worker process can hold
 * or confirm, none keeps names between the two (issue 17: stateless processes).
 */
export async function orderTravellers(client: Db | Tx, orderItemId: string): Promise<ConfirmRequest> {
  const item = await client.orderItem.findUniqueOrThrow({
    where: { id: orderItemId },
    select: {
      order: { select: { contactEmail: true, contactPhoneEnc: true } },
      passengers: { orderBy: { position: 'asc' }, select: { type: true, firstName: true, lastName: true, gender: true, dateOfBirthEnc: true } },
    },
  });
  const travellers: SupplierTraveller[] = item.passengers.map((p) => ({
    type: p.type ?? 'ADULT',
    givenName: p.firstName,
    familyName: p.lastName,
    bornOn: p.dateOfBirthEnc ? decryptField(p.dateOfBirthEnc) : '',
    gender: p.gender === 'FEMALE' ? 'f' : 'm',
  }));
  const phone = item.order.contactPhoneEnc ? decryptField(item.order.contactPhoneEnc) : '';
  return { travellers, contact: { email: item.order.contactEmail, phone } };
}
