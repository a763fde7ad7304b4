import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type LocalSecrets = { authSecret: string; dataEncryptionKey: string; postgresPassword: string };

/**
 * Secrets of the embedded default, generated once into .data/ so that restarts keep sessions valid
 * and encrypted personal data readable. Production passes them in the environment instead.
 */
export async function loadOrCreateLocalSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as LocalSecrets;
  const secrets: LocalSecrets = {
    authSecret: randomBytes(32).toString('base64'),
    dataEncryptionKey: randomBytes(32).toString('base64'),
    postgresPassword: randomBytes(18).toString('base64url'),
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' });
  return secrets;
}
