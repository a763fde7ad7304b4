/** `npm run bench:pages`: page throughput, weight and layout shift against a static file (lib/bench). */
import { benchPages } from '../bench/bench-pages';

benchPages().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
