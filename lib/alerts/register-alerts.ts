import { registerJob } from '../jobs/registry';
import { registerMailTemplates } from '../mail/outbox/template-registry';
import { priceAlertMail } from './price-alert-mail';
import { runPriceAlerts } from './run-price-alerts';

const PRICE_ALERTS_JOB = 'alerts-run-saved-searches';

/** Hourly: re-run due saved searches and queue price alerts (lib/jobs/register-features.ts). */
export function registerAlerts(): void {
  registerMailTemplates([priceAlertMail]);
  registerJob(PRICE_ALERTS_JOB, async () => {
    await runPriceAlerts();
  }, { schedule: '7 * * * *', expireInSeconds: 30 * 60 });
}
