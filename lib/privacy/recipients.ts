import type { Row } from './collect-personal-data';

/**
 * Which recipient received which personal fields for which order (Privacy Policy 5). Recorded
 * disclosures (DataDisclosure, written by whoever sends the data: lib/privacy/record-disclosure.ts)
 * come first; for a confirmed supplier hold without a record, the fields that supplier kind receives
 * under the policy are listed, marked `recorded: false`.
 */
export type RecipientEntry = {
  orderId: string;
  orderReference: string | null;
  orderItemId: string | null;
  recipientKind: string;
  recipient: string;
  fields: string[];
  purpose: string;
  at: Date | null;
  recorded: boolean;
};

/** Privacy Policy 5, by product kind. */
const fieldsSentBySupplierKind: Record<string, { recipientKind: string; fields: string[]; purpose: string }> = {
  FLIGHT: {
    recipientKind: 'AIRLINE',
    purpose: 'ticketing',
    fields: [
      'OrderPassenger.firstName',
      'OrderPassenger.lastName',
      'OrderPassenger.dateOfBirthEnc',
      'OrderPassenger.gender',
      'OrderPassenger.nationality',
      'OrderPassenger.documentNumberEnc',
      'OrderPassenger.documentExpiry',
      'Order.contactEmail',
      'Order.contactPhoneEnc',
    ],
  },
  HOTEL: { recipientKind: 'HOTEL', purpose: 'accommodation', fields: ['OrderPassenger.firstName', 'OrderPassenger.lastName'] },
  TRANSFER: {
    recipientKind: 'TRANSFER_OPERATOR',
    purpose: 'transfer',
    fields: ['OrderPassenger.firstName', 'OrderPassenger.lastName', 'Order.contactPhoneEnc', 'OrderPassenger.transferDetails'],
  },
};

export function recipientsOf(rows: Map<string, Row[]>): RecipientEntry[] {
  const orders = new Map((rows.get('Order') ?? []).map((o) => [String(o.id), o]));
  const reference = (orderId: string) => (orders.get(orderId)?.reference as string | undefined) ?? null;
  const recorded: RecipientEntry[] = (rows.get('DataDisclosure') ?? []).map((d) => ({
    orderId: String(d.orderId),
    orderReference: reference(String(d.orderId)),
    orderItemId: (d.orderItemId as string | null) ?? null,
    recipientKind: String(d.recipientKind),
    recipient: String(d.recipient),
    fields: (d.fields as string[]) ?? [],
    purpose: String(d.purpose),
    at: d.disclosedAt as Date,
    recorded: true,
  }));
  const covered = new Set(recorded.map((r) => r.orderItemId).filter(Boolean));
  const derived: RecipientEntry[] = (rows.get('OrderHold') ?? [])
    .filter((h) => h.status === 'CONFIRMED' && !covered.has(String(h.orderItemId)))
    .flatMap((h) => {
      const sent = fieldsSentBySupplierKind[String(h.kind)];
      if (!sent) return [];
      return [
        {
          orderId: String(h.orderId),
          orderReference: reference(String(h.orderId)),
          orderItemId: String(h.orderItemId),
          recipientKind: sent.recipientKind,
          recipient: String(h.supplier),
          fields: sent.fields,
          purpose: sent.purpose,
          at: (h.confirmedAt as Date | null) ?? null,
          recorded: false,
        },
      ];
    });
  const payments: RecipientEntry[] = (rows.get('Payment') ?? []).map((pay) => ({
    orderId: String(pay.orderId),
    orderReference: reference(String(pay.orderId)),
    orderItemId: null,
    recipientKind: 'PAYMENT_PROVIDER',
    recipient: String(pay.provider),
    fields: ['Order.reference', 'Payment.amountMinor'],
    purpose: 'payment',
    at: pay.createdAt as Date,
    recorded: true,
  }));
  return [...recorded, ...derived, ...payments];
}
