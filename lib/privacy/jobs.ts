import { registerJob } from '@/lib/jobs/registry';
import { eraseDeletedAccounts } from './erase-account';
import { runRetention } from './retention';

/**
 * The privacy jobs (lib/jobs): erasure of accounts whose 30-day restore window has closed (hourly)
 * and the retention run (daily, 03:23 UTC). Both are idempotent. Registered from
 * lib/jobs/register-features.ts (lib/privacy/HANDOFF.md).
 */
const PRIVACY_JOBS = { erase: 'privacy-erase-deleted-accounts', retention: 'privacy-retention' } as const;

export function registerPrivacyJobs(): void {
  registerJob(
    PRIVACY_JOBS.erase,
    async () => {
      const erased = await eraseDeletedAccounts();
      if (erased.length) console.log(`[privacy] erased ${erased.length} account(s) after the restore window`);
    },
    { schedule: '17 * * * *', expireInSeconds: 30 * 60 },
  );
  registerJob(
    PRIVACY_JOBS.retention,
    async () => {
      const result = await runRetention();
      console.log(`[privacy] retention: ${result.ordersAnonymised} order(s) anonymised, ${result.cookieRecordsPurged} cookie record(s) and ${result.tokensPurged} link(s) purged`);
    },
    { schedule: '23 3 * * *', expireInSeconds: 60 * 60 },
  );
}
