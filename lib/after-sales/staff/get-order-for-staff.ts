/**
 * One order for staff by its reference (the order page, where an order can be refused, Agreement 8.5),
 * with its requests. A staff read of personal data, recorded like the request page.
 */
import 'server-only';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/auth/errors';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { normaliseOrderReference } from '@/lib/booking/generate-order-reference';
import { recordStaffAccess } from '@/lib/privacy/staff-access';
import { loadOrderDetail, type StaffOrderDetail } from './load-order-detail';
import { REFUSABLE_STATUSES } from './refuse-order';
import { requireStaff } from './staff-guard';

export type StaffOrderView = StaffOrderDetail & {
  requests: { id: string; reference: string; kind: string; topic: string; status: string; createdAt: Date }[];
  refusable: boolean;
};

export async function getOrderForStaff(viewer: Viewer, reference: string, context: RequestContext, options: { now?: Date } = {}): Promise<StaffOrderView> {
  const staff = requireStaff(viewer);
  const normal = normaliseOrderReference(reference);
  if (!normal) throw new NotFoundError();
  const order = await loadOrderDetail(db, staff, { reference: normal }, options.now ?? new Date());
  if (!order) throw new NotFoundError();
  const requests = await db.serviceRequest.findMany({
    where: { orderId: order.id },
    orderBy: { createdAt: 'desc' },
    select: { id: true, reference: true, kind: true, topic: true, status: true, createdAt: true },
  });
  await db.$transaction(async (tx) => {
    await recordStaffAccess(tx, {
      viewer: staff,
      action: 'personal_data.viewed',
      ownerUserId: order.userId,
      orderId: order.id,
      record: `Order:${order.id}`,
      reason: 'back office order view',
      context,
    });
  });
  const refused = requests.some((r) => r.topic === 'REFUSAL');
  return { ...order, requests, refusable: !refused && (REFUSABLE_STATUSES as readonly string[]).includes(order.status) };
}
