import { registerBooking } from '../booking/register-booking';
import { registerPaymentJobs } from '../payments/jobs';
import { registerPrivacyJobs } from '../privacy/jobs';

const holder = globalThis as unknown as { karvanFeaturesRegistered?: boolean };

/**
 * Registers every feature's background jobs and payment hooks in this process, once. Called by the
 * Next.js server at start (instrumentation.ts → lib/server/start-embedded-worker.ts), by
 * `npm run worker`, and by the payment webhook route. Each feature adds its line here.
 */
export function registerFeatures(): void {
  if (holder.karvanFeaturesRegistered) return;
  holder.karvanFeaturesRegistered = true;
  registerPaymentJobs();
  registerBooking();
  registerPrivacyJobs();
  // Issuing (issue 7): the outbox sender job.
}
