import 'server-only';
import type { Tx } from '@/lib/db/client';
import { registryEntry } from './personal-data-registry';

export type RecordDisclosureInput = {
  orderId: string;
  orderItemId?: string | null;
  recipientKind: 'AIRLINE' | 'HOTEL' | 'TRANSFER_OPERATOR' | 'PAYMENT_PROVIDER' | 'EMAIL_PROVIDER' | 'AUTHORITY';
  /** the supplier's name or code */
  recipient: string;
  /** registry keys, e.g. `OrderPassenger.documentNumberEnc` */
  fields: string[];
  passengerIds?: string[];
  /** ticketing | accommodation | transfer | payment | authority-request … */
  purpose: string;
  at?: Date;
};

/**
 * Records that personal data left us (Privacy Policy 5; shown in My data and the export). Call it in
 * the transaction that sends or confirms the data to the recipient (issuing, authority answers).
 */
export async function recordDisclosure(tx: Tx, input: RecordDisclosureInput): Promise<void> {
  for (const field of input.fields) {
    const [model, column] = field.split('.');
    if (!model || !column || !registryEntry(model)?.fields[column]) throw new Error(`unknown personal field ${field}`);
  }
  await tx.dataDisclosure.create({
    data: {
      orderId: input.orderId,
      orderItemId: input.orderItemId ?? null,
      recipientKind: input.recipientKind,
      recipient: input.recipient,
      fields: input.fields,
      passengerIds: input.passengerIds ?? [],
      purpose: input.purpose,
      disclosedAt: input.at ?? new Date(),
    },
  });
}
