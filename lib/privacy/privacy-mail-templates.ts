/**
 * The privacy mails as outbox templates (issue 16): queued with enqueueMail inside the transaction of
 * the request they belong to, rendered when the outbox sends them. The outbox row holds ids only:
 * - `privacy-verify-request` { dataRequestId }: mints the request's verification link
 * - `privacy-request-received` / `privacy-request-closed` { dataRequestId }
 * - `privacy-confirm-deletion` { userId }: mints the account-deletion confirmation link
 * - `privacy-account-deleted` { userId }: mints the restore link (valid until the restore window closes)
 * - `privacy-account-restored` { userId }
 * A link is minted at send time (README, Decisions: "One-time links are minted by the outbox"), so the
 * database only ever holds its hash; minting replaces every unused link of that purpose for that
 * account or request, so a retry of the same message leaves exactly one working link.
 */
import 'server-only';
import { z } from 'zod';
import { db, type Tx } from '@/lib/db/client';
import { newLinkToken } from '@/lib/crypto/signed-token';
import type { Locale } from '@/lib/i18n/locales';
import type { MailTemplate, RenderedMail } from '@/lib/mail/outbox/types';
import type { MailMessage } from '@/lib/mail/types';
import type { DataRequestKind } from './data-request-schema';
import { accountDeletedMail, accountRestoredMail, dataRequestClosedMail, dataRequestReceivedMail, dataRequestVerificationMail, deletionConfirmationMail } from './mails';
import { kindLabel } from './request-labels';

export const DELETION_LINK_MINUTES = 30;
const VERIFY_LINK_HOURS = 72;

export const PRIVACY_MAIL = {
  verifyRequest: 'privacy-verify-request',
  requestReceived: 'privacy-request-received',
  requestClosed: 'privacy-request-closed',
  confirmDeletion: 'privacy-confirm-deletion',
  accountDeleted: 'privacy-account-deleted',
  accountRestored: 'privacy-account-restored',
} as const;

const byRequest = z.object({ dataRequestId: z.uuid() });
const byUser = z.object({ userId: z.uuid() });

function rendered(message: MailMessage): RenderedMail {
  return { subject: message.subject, text: message.text, html: message.html ?? '' };
}

type LockedUser = { id: string; email: string; deleted_at: Date | null; restore_until: Date | null };
type LockedRequest = { id: string; email: string; reference: string; kind: string; status: string; due_at: Date };

/**
 * A new single-use link of `purpose` for one account or request, replacing its unused ones. The row of
 * the account or request is locked first, so two senders of the same message (a lease that ran out)
 * mint one after the other and only the second link works.
 */
async function mintLink<T>(
  lock: (tx: Tx) => Promise<T | null>,
  purpose: 'VERIFY_DATA_REQUEST' | 'CONFIRM_ACCOUNT_DELETION' | 'RESTORE_ACCOUNT',
  owner: (subject: T) => { userId: string } | { dataRequestId: string },
  expiresAt: (subject: T) => Date | null,
): Promise<{ subject: T; token: string; expiresAt: Date } | null> {
  return db.$transaction(async (tx) => {
    const subject = await lock(tx);
    if (!subject) return null;
    const expires = expiresAt(subject);
    if (!expires) return null;
    const link = newLinkToken();
    await tx.privacyToken.deleteMany({ where: { ...owner(subject), purpose, usedAt: null } });
    await tx.privacyToken.create({ data: { purpose, tokenHash: link.hash, expiresAt: expires, ...owner(subject) } });
    return { subject, token: link.token, expiresAt: expires };
  });
}

async function lockUser(tx: Tx, userId: string): Promise<LockedUser | null> {
  const [user] = await tx.$queryRaw<LockedUser[]>`SELECT id, email, deleted_at, restore_until FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  return user ?? null;
}

async function lockRequest(tx: Tx, dataRequestId: string): Promise<LockedRequest | null> {
  const [request] = await tx.$queryRaw<LockedRequest[]>`
    SELECT id, email, reference, kind::text AS kind, status::text AS status, due_at FROM data_requests WHERE id = ${dataRequestId}::uuid FOR UPDATE`;
  return request ?? null;
}

const verifyRequest: MailTemplate = {
  name: PRIVACY_MAIL.verifyRequest,
  async render(payload, { locale }) {
    const { dataRequestId } = byRequest.parse(payload);
    const minted = await mintLink(
      (tx) => lockRequest(tx, dataRequestId),
      'VERIFY_DATA_REQUEST',
      (r) => ({ dataRequestId: r.id }),
      // Verified in the meantime (or closed): nothing to confirm any more.
      (r) => (r.status === 'UNVERIFIED' ? new Date(Date.now() + VERIFY_LINK_HOURS * 60 * 60_000) : null),
    );
    if (!minted) return null;
    const r = minted.subject;
    return rendered(
      dataRequestVerificationMail({ to: r.email, locale, token: minted.token, reference: r.reference, kindLabel: kindLabel(r.kind as DataRequestKind, locale), expiresAt: minted.expiresAt }),
    );
  },
};

async function findRequest(payload: unknown) {
  const { dataRequestId } = byRequest.parse(payload);
  return db.dataRequest.findUnique({ where: { id: dataRequestId }, select: { email: true, reference: true, kind: true, status: true, dueAt: true, resolution: true } });
}

const requestReceived: MailTemplate = {
  name: PRIVACY_MAIL.requestReceived,
  async render(payload, { locale }) {
    const r = await findRequest(payload);
    if (!r) return null;
    return rendered(dataRequestReceivedMail({ to: r.email, locale, reference: r.reference, kindLabel: kindLabel(r.kind as DataRequestKind, locale), dueAt: r.dueAt }));
  },
};

const requestClosed: MailTemplate = {
  name: PRIVACY_MAIL.requestClosed,
  async render(payload, { locale }) {
    const r = await findRequest(payload);
    if (!r || (r.status !== 'COMPLETED' && r.status !== 'REJECTED')) return null;
    return rendered(
      dataRequestClosedMail({ to: r.email, locale, reference: r.reference, kindLabel: kindLabel(r.kind as DataRequestKind, locale), outcome: r.status, resolution: r.resolution }),
    );
  },
};

const confirmDeletion: MailTemplate = {
  name: PRIVACY_MAIL.confirmDeletion,
  async render(payload, { locale }) {
    const { userId } = byUser.parse(payload);
    const minted = await mintLink(
      (tx) => lockUser(tx, userId),
      'CONFIRM_ACCOUNT_DELETION',
      (u) => ({ userId: u.id }),
      (u) => (u.deleted_at ? null : new Date(Date.now() + DELETION_LINK_MINUTES * 60_000)),
    );
    if (!minted) return null;
    return rendered(deletionConfirmationMail({ to: minted.subject.email, locale, token: minted.token, expiresInMinutes: DELETION_LINK_MINUTES }));
  },
};

const accountDeleted: MailTemplate = {
  name: PRIVACY_MAIL.accountDeleted,
  async render(payload, { locale }) {
    const { userId } = byUser.parse(payload);
    const minted = await mintLink(
      (tx) => lockUser(tx, userId),
      'RESTORE_ACCOUNT',
      (u) => ({ userId: u.id }),
      // Restored, or the window has closed: no link to send.
      (u) => (u.deleted_at && u.restore_until && u.restore_until > new Date() ? u.restore_until : null),
    );
    if (!minted) return null;
    return rendered(accountDeletedMail({ to: minted.subject.email, locale, token: minted.token, restoreUntil: minted.expiresAt }));
  },
};

const accountRestored: MailTemplate = {
  name: PRIVACY_MAIL.accountRestored,
  async render(payload, { locale }) {
    const { userId } = byUser.parse(payload);
    const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, deletedAt: true } });
    if (!user || user.deletedAt) return null;
    return rendered(accountRestoredMail({ to: user.email, locale: locale as Locale }));
  },
};

export const privacyMailTemplates: readonly MailTemplate[] = [verifyRequest, requestReceived, requestClosed, confirmDeletion, accountDeleted, accountRestored];
