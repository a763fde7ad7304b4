/**
 * SYSTEM messages on a request hold a key of the `afterSales.system` catalog instead of words, so the
 * traveller reads them in their language. Keys written by after-sales code (traveller, issuing and
 * back office); any other key is shown as a generic "the request was updated".
 */
const SYSTEM_MESSAGE_KEYS = [
  'cancellationConfirmed',
  'flightRefundRequested',
  'completedWithoutRefund',
  'notIssuedRefund',
  'orderRefused',
  'refundSent',
  'refundFailed',
  'refundNotPossible',
] as const;

export type SystemMessageKey = (typeof SYSTEM_MESSAGE_KEYS)[number] | 'update';

export function systemMessageKey(body: string): SystemMessageKey {
  return (SYSTEM_MESSAGE_KEYS as readonly string[]).includes(body) ? (body as SystemMessageKey) : 'update';
}
