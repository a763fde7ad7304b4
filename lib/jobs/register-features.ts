import { registerAlerts } from '../alerts/register-alerts';
import { refundMailTemplates } from '../after-sales/refund-mail-templates';
import { registerAfterSales } from '../after-sales/register-after-sales';
import { registerFulfilment } from '@/lib/fulfilment/register-fulfilment';
import { documentMailTemplates } from '../documents/mail-templates';
import { registerMailOutbox } from '../mail/outbox/register-mail-outbox';
import { registerMailTemplates } from '../mail/outbox/template-registry';
import { staffMailTemplates } from '../after-sales/staff-mail-templates';
import { travellerMailTemplates } from '../after-sales/traveller-mail-templates';
import { registerPaymentJobs } from '../payments/jobs';
import { registerPrivacyJobs } from '../privacy/jobs';
import { privacyMailTemplates } from '../privacy/privacy-mail-templates';

const holder = globalThis as unknown as { karvanFeaturesRegistered?: boolean };

/**
 * Registers every feature's background jobs, payment hooks and mail templates in this process, once.
 * Called by the Next.js server at start (instrumentation.ts → lib/server/start-embedded-worker.ts),
 * by `npm run worker`, and by the payment webhook route. Each feature adds its line here.
 */
export function registerFeatures(): void {
  if (holder.karvanFeaturesRegistered) return;
  holder.karvanFeaturesRegistered = true;
  registerPaymentJobs();
  registerFulfilment();
  registerPrivacyJobs();
  registerMailOutbox();
  registerMailTemplates(documentMailTemplates);
  registerMailTemplates(refundMailTemplates);
  registerMailTemplates(travellerMailTemplates);
  registerMailTemplates(staffMailTemplates);
  registerMailTemplates(privacyMailTemplates);
  registerAfterSales();
  registerAlerts();
}
