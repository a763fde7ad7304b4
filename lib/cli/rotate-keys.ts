/**
 * `npm run privacy:rotate-keys -- [--dry-run] [--batch=500]`: re-encrypts personal data at rest under
 * a new key (Privacy Policy 8; lib/privacy/rotate-field-keys.ts).
 *
 * 1. Generate a key: `openssl rand -base64 32`.
 * 2. Deploy with DATA_ENCRYPTION_KEY=<new> and DATA_ENCRYPTION_KEYS_OLD=<previous>[,<older>…], so the
 *    app writes under the new key and still reads the old values.
 * 3. Run this command with the same environment (DATABASE_URL too). It is safe to interrupt and run again.
 * 4. When it reports 0 values left under old keys, remove DATA_ENCRYPTION_KEYS_OLD and deploy again.
 */
import 'server-only';
import { createDb } from '../db/client';
import { env, EnvError } from '../env';
import { keyringCipher } from '@/lib/crypto/keyring';
import { oldKeysFromEnv } from '@/lib/crypto/old-keys';
import { rotateFieldKeys } from '../privacy/rotate-field-keys';

const log = (line: string) => console.log(`[rotate-keys] ${line}`);

async function main() {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const batch = Number(args.find((a) => a.startsWith('--batch='))?.split('=')[1] ?? 500);
  if (!Number.isInteger(batch) || batch < 1 || batch > 10_000) throw new Error('--batch must be a whole number between 1 and 10000');
  const config = env();
  const old = oldKeysFromEnv();
  const cipher = keyringCipher();
  log(`current key ${cipher.keyId}; ${old.length} old key(s) for reading${dryRun ? '; dry run, nothing is written' : ''}`);
  const db = createDb(config.DATABASE_URL);
  try {
    const report = await rotateFieldKeys({ db, cipher, batchSize: batch, dryRun, log });
    const total = Object.values(report.reencrypted).reduce((a, b) => a + b, 0);
    log(`${dryRun ? 'would re-encrypt' : 're-encrypted'} ${total} value(s); blind indexes recomputed: ${report.blindIndexes}; promo customer keys: ${report.promoKeys}`);
    for (const [field, n] of Object.entries(report.reencrypted)) log(`  ${field}: ${n}`);
    if (report.unreadable.length) {
      console.error(`[rotate-keys] ${report.unreadable.length} value(s) cannot be read with any configured key (add the key to DATA_ENCRYPTION_KEYS_OLD):`);
      for (const item of report.unreadable.slice(0, 20)) console.error(`  ${item}`);
    }
    log(`${report.remaining} value(s) left under old keys${report.remaining === 0 && !dryRun ? ': DATA_ENCRYPTION_KEYS_OLD can now be removed' : ''}`);
    process.exitCode = report.unreadable.length || (!dryRun && report.remaining) ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  if (error instanceof EnvError) console.error(`[rotate-keys] ${error.message}`);
  else console.error('[rotate-keys]', error instanceof Error ? error.message : error);
  process.exit(1);
});
