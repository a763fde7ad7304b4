import 'server-only';
import { db } from '@/lib/db/client';
import { supplierEnv } from '@/lib/env';
import { createDuffelContext } from '@/lib/inventory/duffel/context';
import { registerJob } from '@/lib/jobs/registry';
import { logger } from '@/lib/observe/logger';
import { reconcileSupplierBookings } from './reconcile-supplier-bookings';
import { recoverRemoteCancellations } from './recover-remote-cancellations';

const SUPPLIER_RECONCILE_JOB = 'after-sales-reconcile-supplier-bookings';
const REMOTE_CANCELLATIONS_JOB = 'after-sales-recover-remote-cancellations';

/**
 * After-sales' part of start-up (called from lib/jobs/register-features.ts): every 5 minutes, when
 * flights are sold through Duffel, the reconciler compares remote orders with local ones; every 5 minutes
 * traveller cancellations left OPEN waiting on the supplier are finished or left for support (issue 21).
 */
export function registerAfterSales(): void {
  registerJob(SUPPLIER_RECONCILE_JOB, async () => {
    const config = supplierEnv();
    if (config.FLIGHT_SUPPLIER !== 'duffel') return;
    const ctx = createDuffelContext('duffel-reconciler', { token: config.DUFFEL_ACCESS_TOKEN!, basePath: config.DUFFEL_API_URL });
    const report = await reconcileSupplierBookings(db, ctx);
    logger().info({ job: SUPPLIER_RECONCILE_JOB, ...report }, 'supplier bookings reconciled');
  }, { schedule: '*/5 * * * *', expireInSeconds: 4 * 60 });
  registerJob(REMOTE_CANCELLATIONS_JOB, async () => {
    const report = await recoverRemoteCancellations();
    if (report.finished + report.leftForStaff + report.failed > 0) logger().info({ job: REMOTE_CANCELLATIONS_JOB, ...report }, 'pending supplier cancellations recovered');
  }, { schedule: '*/5 * * * *', expireInSeconds: 4 * 60 });
}
