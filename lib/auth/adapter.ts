import 'server-only';
import { PrismaAdapter } from '@auth/prisma-adapter';
import type { Adapter, AdapterSession, AdapterUser } from 'next-auth/adapters';
import { db } from '@/lib/db/client';
import { attachGuestOrders } from '@/lib/account/attach-guest-orders';
import { recordAuditEvent } from './audit';
import type { RequestContext } from './request-context';
import { hashSessionToken } from './session-token';

type UserRow = { id: string; email: string; emailVerified: Date | null; name: string | null; image: string | null; deletedAt: Date | null };

const userSelect = { id: true, email: true, emailVerified: true, name: true, image: true, deletedAt: true } as const;

function toAdapterUser(user: UserRow): AdapterUser & { deletedAt: Date | null } {
  return { id: user.id, email: user.email, emailVerified: user.emailVerified, name: user.name, image: user.image, deletedAt: user.deletedAt };
}

class DeletedAccountError extends Error {
  constructor() {
    super('the account is deleted');
    this.name = 'DeletedAccountError';
  }
}

/**
 * Auth.js's Prisma adapter with the rules of this product on top:
 * - session tokens are stored hashed; a deleted account has no session (and cannot get one);
 * - the first and every later sign-in attaches guest orders of the verified address, in the same
 *   transaction that creates the session, with AuditEvents;
 * - a new user is created with an AuditEvent; emails are lower-cased;
 * - expired sign-in links of an address are cleared when a new one is issued.
 */
export function createAuthAdapter(context: RequestContext): Adapter {
  const base = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);

  return {
    ...base,

    async createUser(user) {
      return db.$transaction(async (tx) => {
        const created = await tx.user.create({
          data: { email: user.email.toLowerCase(), emailVerified: user.emailVerified, name: user.name ?? null },
          select: userSelect,
        });
        await recordAuditEvent(tx, {
          actor: { id: created.id, role: 'TRAVELLER' },
          action: 'user.created',
          subjectType: 'User',
          subjectId: created.id,
          context,
          data: { via: 'email-link' },
        });
        return toAdapterUser(created);
      });
    },

    async getUser(id) {
      const user = await db.user.findUnique({ where: { id }, select: userSelect });
      return user ? toAdapterUser(user) : null;
    },

    async getUserByEmail(email) {
      const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: userSelect });
      return user ? toAdapterUser(user) : null;
    },

    async updateUser({ id, emailVerified, name }) {
      const user = await db.user.update({ where: { id }, data: { emailVerified, name }, select: userSelect });
      return toAdapterUser(user);
    },

    async createSession({ sessionToken, userId, expires }): Promise<AdapterSession> {
      await db.$transaction(async (tx) => {
        const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, role: true, deletedAt: true } });
        if (user.deletedAt) throw new DeletedAccountError();
        const session = await tx.session.create({ data: { sessionToken: hashSessionToken(sessionToken), userId, expires }, select: { id: true } });
        const attached = await attachGuestOrders(tx, { userId, email: user.email, context });
        await recordAuditEvent(tx, {
          actor: { id: userId, role: user.role },
          action: 'auth.signed_in',
          subjectType: 'User',
          subjectId: userId,
          context,
          data: { session: session.id, ordersAttached: attached },
        });
      });
      return { sessionToken, userId, expires };
    },

    async getSessionAndUser(sessionToken) {
      const row = await db.session.findUnique({
        where: { sessionToken: hashSessionToken(sessionToken) },
        select: { userId: true, expires: true, user: { select: userSelect } },
      });
      if (!row) return null;
      if (row.expires.getTime() <= Date.now() || row.user.deletedAt) {
        await db.session.deleteMany({ where: { sessionToken: hashSessionToken(sessionToken) } });
        return null;
      }
      return { session: { sessionToken, userId: row.userId, expires: row.expires }, user: toAdapterUser(row.user) };
    },

    async updateSession({ sessionToken, expires }) {
      const { count } = await db.session.updateMany({ where: { sessionToken: hashSessionToken(sessionToken) }, data: { expires } });
      const row = count ? await db.session.findUnique({ where: { sessionToken: hashSessionToken(sessionToken) }, select: { userId: true, expires: true } }) : null;
      return row ? { sessionToken, userId: row.userId, expires: row.expires } : null;
    },

    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken: hashSessionToken(sessionToken) } });
    },

    async createVerificationToken(token) {
      await db.verificationToken.deleteMany({ where: { identifier: token.identifier, expires: { lt: new Date() } } });
      await db.verificationToken.create({ data: token });
      return token;
    },
  };
}
