import { defineConfig } from 'prisma/config';
import { cliAdapterFactory } from './prisma/cli-adapter';

// Prisma 6.19 with the WASM schema engine: nothing is downloaded (README, Decisions).
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL must be set for Prisma CLI commands (npm run db:migrate sets it in embedded mode).');
    return cliAdapterFactory(url);
  },
});
