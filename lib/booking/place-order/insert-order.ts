import 'server-only';
import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { generateOrderReference } from '../generate-order-reference';

export type OrderRow = Omit<Prisma.OrderCreateManyInput, 'reference' | 'status'>;

/** Inserts the order (HELD, or DRAFT while remote holds are pending) under a fresh random reference, drawing again on the rare clash; returns the reference. */
export async function insertOrder(tx: Tx, data: OrderRow, status: 'HELD' | 'DRAFT' = 'HELD'): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const reference = generateOrderReference();
    const { count } = await tx.order.createMany({ data: [{ ...data, reference, status }], skipDuplicates: true });
    if (count === 1) return reference;
  }
  throw new Error('could not draw a unique order reference');
}
