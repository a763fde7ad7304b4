import type { OrderStatus } from '@/lib/db/generated/enums';
import type { Item } from '@/lib/rules';

type Raw = Record<string, unknown>;

/**
 * The stored rules item with its ISO strings revived as instants. An order that reached ISSUED has its
 * tickets, so its flights count as issued (the snapshot was written at booking, before issuing).
 */
export function reviveRulesItem(snapshot: unknown, orderStatus: OrderStatus): Item | null {
  const raw = (snapshot as { rulesItem?: Raw } | null)?.rulesItem;
  if (!raw || typeof raw !== 'object') return null;
  const at = (v: unknown) => new Date(String(v));
  switch (raw.kind) {
    case 'FLIGHT':
      return {
        ...(raw as unknown as Extract<Item, { kind: 'FLIGHT' }>),
        departureAt: at(raw.departureAt),
        issued: raw.issued === true || orderStatus === 'ISSUED' || orderStatus === 'CANCELLATION_REQUESTED' || orderStatus === 'CANCELLED',
      };
    case 'HOTEL': {
      const policy = raw.cancellation as Raw;
      return {
        ...(raw as unknown as Extract<Item, { kind: 'HOTEL' }>),
        checkInAt: at(raw.checkInAt),
        cancellation:
          policy?.type === 'FREE_UNTIL'
            ? { type: 'FREE_UNTIL', freeUntil: at(policy.freeUntil), penalty: policy.penalty as never }
            : { type: 'NON_REFUNDABLE' },
      };
    }
    case 'TRANSFER':
      return { ...(raw as unknown as Extract<Item, { kind: 'TRANSFER' }>), pickupAt: at(raw.pickupAt) };
    default:
      return null;
  }
}
