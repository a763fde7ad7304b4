import 'server-only';
import type { Tx } from '@/lib/db/client';
import { recordCheckoutConsents } from '@/lib/consent/record-checkout-consents';
import type { CheckoutInput } from '../checkout-schema';

/**
 * The boxes ticked at checkout, on the order (Agreement 2.2, 3.1.6, 4.7) and in the general consent record
 * (lib/privacy), so marketing then shows in My data.
 */
export async function writeOrderConsents(
  tx: Tx,
  { orderId, userId, input, language, hasCoTravellers, at }: { orderId: string; userId: string | null; input: CheckoutInput; language: string; hasCoTravellers: boolean; at: Date },
): Promise<void> {
  const version = input.consents.agreementVersion;
  const givenAt = at;
  await tx.orderConsent.createMany({
    data: [
      // Agreement 2.2, 4.7
      { orderId, purpose: 'AGREEMENT', granted: true, version, language, givenAt },
      // Agreement 3.1.6: one box covers the booker's data and the confirmation for co-travellers
      { orderId, purpose: 'DATA_PROCESSING', granted: true, version, language, givenAt },
      { orderId, purpose: 'CO_TRAVELLER_DATA', granted: true, version, language, givenAt },
      // optional and never pre-ticked; the refusal is kept too, so the choice is on record
      { orderId, purpose: 'MARKETING', granted: input.consents.marketing, version, language, givenAt },
    ],
  });
  await recordCheckoutConsents(tx, {
    orderId,
    userId,
    language,
    bookingProcessing: true,
    coTravellers: hasCoTravellers,
    marketing: input.consents.marketing,
    at,
  });
}
