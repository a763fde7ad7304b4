/** `npm run bench:suppliers`: Duffel adapter vs local Duffel, merged search, breaker open (lib/inventory/bench). */
import { benchSuppliers } from '../inventory/bench/bench-suppliers';

benchSuppliers().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
