/** `npm run bench:alerts`: one run of the price-alert job over 10,000 saved searches (lib/alerts/bench). */
import { benchAlerts } from '../alerts/bench/bench-alerts';

benchAlerts().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
