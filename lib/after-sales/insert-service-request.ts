import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { randomReferenceBody } from '@/lib/booking/generate-order-reference';

/** SR-7K3Q9P: the order references' alphabet (no 0/O, 1/I/L), random, so one cannot be guessed from another. */
function generateRequestReference(): string {
  return `SR-${randomReferenceBody()}`;
}

export type NewServiceRequest = Omit<Prisma.ServiceRequestCreateManyInput, 'id' | 'reference'>;

/** Inserts a service request under a fresh reference (drawing again on the rare clash); returns its id and reference. */
export async function insertServiceRequest(tx: Tx, data: NewServiceRequest): Promise<{ id: string; reference: string }> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const id = randomUUID();
    const reference = generateRequestReference();
    const { count } = await tx.serviceRequest.createMany({ data: [{ ...data, id, reference }], skipDuplicates: true });
    if (count === 1) return { id, reference };
  }
  throw new Error('could not draw a unique service request reference');
}
