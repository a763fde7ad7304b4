import 'server-only';
import { env } from '@/lib/env';

export type MailMode = 'smtp' | 'mailbox';

/**
 * SMTP whenever SMTP_URL is set. Without it, only the embedded default may run, and its mail goes
 * to the outbox page (/[locale]/dev/mailbox). Production requires SMTP_URL (lib/env.ts).
 */
export function mailMode(): MailMode {
  const config = env();
  if (config.SMTP_URL) return 'smtp';
  if (config.KARVAN_MODE === 'embedded') return 'mailbox';
  throw new Error('SMTP_URL is not set: mail cannot be sent outside the embedded default');
}

/** The outbox page and its attachment route exist only in the embedded default without SMTP. */
export function isMailboxEnabled(): boolean {
  const config = env();
  return config.KARVAN_MODE === 'embedded' && !config.SMTP_URL;
}
