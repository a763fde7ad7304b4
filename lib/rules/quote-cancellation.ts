import type { Rates } from '../money';
import { CURRENT_FEE_SCHEDULE, type FeeSchedule } from './fee-schedule';
import { requireInstant } from './instants';
import { quoteFlightCancellation } from './quote-flight-cancellation';
import { quoteHotelCancellation } from './quote-hotel-cancellation';
import { quoteTransferCancellation } from './quote-transfer-cancellation';
import { requireValidItem } from './require-valid-item';
import type { CancellationQuote, Item } from './types';

export type QuoteCancellationOptions = {
  /** The fee schedule of the order's agreement version; defaults to the current one. */
  schedule?: FeeSchedule;
};

/**
 * What cancelling one item at `at` costs and returns, with the clause that decides it. The semantics
 * per kind are documented at the top of quote-flight-, quote-hotel- and quote-transfer-cancellation.ts.
 *
 * `fx` converts the AZN agency fee into a flight's currency (Agreement 6.1); AZN items need none, and
 * a missing rate throws `MoneyError('MISSING_RATE')`.
 */
export function quoteCancellation(
  item: Item,
  at: Date,
  fx?: Rates,
  options: QuoteCancellationOptions = {},
): CancellationQuote {
  const atMs = requireInstant(at, 'at');
  const valid = requireValidItem(item);
  switch (valid.kind) {
    case 'FLIGHT':
      return quoteFlightCancellation(valid, atMs, fx, options.schedule ?? CURRENT_FEE_SCHEDULE);
    case 'HOTEL':
      return quoteHotelCancellation(valid, atMs);
    case 'TRANSFER':
      return quoteTransferCancellation(valid, atMs);
  }
}
