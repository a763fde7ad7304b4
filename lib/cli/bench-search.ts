/** `npm run bench:search`: catalog search timings and results-page throughput (lib/inventory/bench). */
import { benchSearch } from '../inventory/bench/bench-search';

benchSearch().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
