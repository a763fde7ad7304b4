import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { UserFacingError } from '@/lib/auth/errors';
import { consumeRateLimit } from '@/lib/auth/rate-limit';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { enqueueMail } from '@/lib/mail/outbox/enqueue-mail';
import { PRIVACY_MAIL } from './privacy-mail-templates';
import { ACCOUNT_RESTORE_DAYS } from './retention-config';
import { hashLinkToken } from '@/lib/crypto/signed-token';

/**
 * Account deletion (Policy 000 §8, Privacy Policy 7): confirmed by a link sent to the account's
 * address; then every session ends at once, sign-in is refused (lib/auth checks `deletedAt`), and the
 * account can be restored for 30 days with the link in the "deleted" email. After that the erasure
 * job (erase-account.ts) removes the personal data. Each mail is queued in the outbox inside the
 * transaction of the step it reports; its link is minted when it is sent (privacy-mail-templates.ts).
 */
const DAY = 24 * 60 * 60 * 1000;

function localeOf(value: string | null | undefined): Locale {
  return isLocale(value) ? value : 'en';
}

export async function requestAccountDeletion(input: { viewer: Viewer; locale: Locale; context: RequestContext; now?: Date }): Promise<void> {
  const allowance = await consumeRateLimit([{ bucket: 'account-deletion:user', key: input.viewer.id, limit: 5, windowMs: 60 * 60_000 }], input.now);
  if (!allowance.allowed) throw new UserFacingError('rate-limited', 'privacy.delete.errors.rateLimited');
  await db.$transaction(async (tx) => {
    // Only the newest link works: the earlier ones end now, the new one is minted when the mail is sent.
    await tx.privacyToken.deleteMany({ where: { userId: input.viewer.id, purpose: 'CONFIRM_ACCOUNT_DELETION', usedAt: null } });
    await enqueueMail(tx, {
      template: PRIVACY_MAIL.confirmDeletion,
      to: input.viewer.email,
      locale: input.locale,
      payload: { userId: input.viewer.id },
      dedupeKey: `privacy:confirm-deletion:${randomUUID()}`,
    });
    await recordAuditEvent(tx, { actor: input.viewer, action: 'account.deletion_requested', subjectType: 'User', subjectId: input.viewer.id, context: input.context });
  });
}

type TokenPurpose = 'CONFIRM_ACCOUNT_DELETION' | 'RESTORE_ACCOUNT';

/** What a link will act on, without using it (the pages show it before the button). */
export async function peekAccountToken(token: string, purpose: TokenPurpose, now: Date = new Date()) {
  if (!token || token.length > 100) return null;
  const row = await db.privacyToken.findUnique({ where: { tokenHash: hashLinkToken(token) }, select: { purpose: true, userId: true, expiresAt: true, usedAt: true } });
  if (!row || row.purpose !== purpose || !row.userId || row.usedAt || row.expiresAt <= now) return null;
  const user = await db.user.findUnique({ where: { id: row.userId }, select: { id: true, email: true, deletedAt: true, restoreUntil: true } });
  if (!user) return null;
  if (purpose === 'CONFIRM_ACCOUNT_DELETION' && user.deletedAt) return null;
  if (purpose === 'RESTORE_ACCOUNT' && (!user.deletedAt || !user.restoreUntil || user.restoreUntil <= now)) return null;
  return user;
}

export type DeletionOutcome = { outcome: 'deleted'; restoreUntil: Date } | { outcome: 'invalid' };

/** The confirmed deletion: one transaction for the account, its sessions, the link and the AuditEvent. */
export async function confirmAccountDeletion(input: { token: string; context: RequestContext; now?: Date }): Promise<DeletionOutcome> {
  const now = input.now ?? new Date();
  const restoreUntil = new Date(now.getTime() + ACCOUNT_RESTORE_DAYS * DAY);
  const done = await db.$transaction(async (tx) => {
    const row = await tx.privacyToken.findUnique({ where: { tokenHash: hashLinkToken(input.token) }, select: { id: true, purpose: true, userId: true, expiresAt: true, usedAt: true } });
    if (!row || row.purpose !== 'CONFIRM_ACCOUNT_DELETION' || !row.userId || row.usedAt || row.expiresAt <= now) return null;
    const used = await tx.privacyToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (used.count === 0) return null;
    const user = await tx.user.findUnique({ where: { id: row.userId }, select: { id: true, email: true, role: true, locale: true, deletedAt: true } });
    if (!user || user.deletedAt) return null;
    await tx.user.update({ where: { id: user.id }, data: { deletedAt: now, restoreUntil } });
    const sessions = await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    // The restore link is minted when this mail is sent, valid until restoreUntil.
    await enqueueMail(tx, { template: PRIVACY_MAIL.accountDeleted, to: user.email, locale: localeOf(user.locale), payload: { userId: user.id }, dedupeKey: `privacy:account-deleted:${row.id}` });
    await recordAuditEvent(tx, {
      actor: { id: user.id, role: user.role },
      action: 'account.deleted',
      subjectType: 'User',
      subjectId: user.id,
      context: input.context,
      data: { restoreUntil: restoreUntil.toISOString(), sessionsEnded: sessions.count, confirmedBy: 'email link' },
    });
    return user;
  });
  if (!done) return { outcome: 'invalid' };
  return { outcome: 'deleted', restoreUntil };
}

export type RestoreOutcome = { outcome: 'restored'; email: string } | { outcome: 'invalid' };

/** Undo within the window: the account is as it was (consents included); sign in again by email link. */
export async function restoreAccount(input: { token: string; context: RequestContext; now?: Date }): Promise<RestoreOutcome> {
  const now = input.now ?? new Date();
  const done = await db.$transaction(async (tx) => {
    const row = await tx.privacyToken.findUnique({ where: { tokenHash: hashLinkToken(input.token) }, select: { id: true, purpose: true, userId: true, expiresAt: true, usedAt: true } });
    if (!row || row.purpose !== 'RESTORE_ACCOUNT' || !row.userId || row.usedAt || row.expiresAt <= now) return null;
    // Locked, so the erasure job cannot erase what is being restored.
    const [user] = await tx.$queryRaw<{ id: string; email: string; locale: string | null; role: string }[]>`
      SELECT id, email, locale, role::text AS role FROM users
      WHERE id = ${row.userId}::uuid AND deleted_at IS NOT NULL AND restore_until > ${now} FOR UPDATE`;
    if (!user) return null;
    await tx.privacyToken.updateMany({ where: { userId: user.id, purpose: 'RESTORE_ACCOUNT' }, data: { usedAt: now } });
    await tx.user.update({ where: { id: user.id }, data: { deletedAt: null, restoreUntil: null } });
    await enqueueMail(tx, { template: PRIVACY_MAIL.accountRestored, to: user.email, locale: localeOf(user.locale), payload: { userId: user.id }, dedupeKey: `privacy:account-restored:${randomUUID()}` });
    await recordAuditEvent(tx, { actor: null, action: 'account.restored', subjectType: 'User', subjectId: user.id, context: input.context, data: { via: 'restore link' } });
    return user;
  });
  if (!done) return { outcome: 'invalid' };
  return { outcome: 'restored', email: done.email };
}

/**
 * A new restore link for a deleted account, for someone who lost the email. Answers the same way
 * whether or not the address has a restorable account (no enumeration).
 */
export async function sendRestoreLink(input: { email: string; locale: Locale; context: RequestContext; now?: Date }): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const rules = [{ bucket: 'account-restore:email', key: email, limit: 3, windowMs: 60 * 60_000 }];
  if (input.context.ip) rules.push({ bucket: 'account-restore:ip', key: input.context.ip, limit: 20, windowMs: 60 * 60_000 });
  const allowance = await consumeRateLimit(rules, input.now);
  if (!allowance.allowed) return;
  const now = input.now ?? new Date();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, deletedAt: true, restoreUntil: true, locale: true } });
  if (!user?.deletedAt || !user.restoreUntil || user.restoreUntil <= now) return;
  await db.$transaction(async (tx) => {
    // A new link replaces the unused ones when this mail is sent.
    await enqueueMail(tx, { template: PRIVACY_MAIL.accountDeleted, to: email, locale: input.locale, payload: { userId: user.id }, dedupeKey: `privacy:account-deleted:${randomUUID()}` });
    await recordAuditEvent(tx, { actor: null, action: 'account.restore_link_sent', subjectType: 'User', subjectId: user.id, context: input.context });
  });
}
