import 'server-only';
import { randomInt } from 'node:crypto';
import { db, type Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { UserFacingError } from '@/lib/auth/errors';
import { consumeRateLimit } from '@/lib/auth/rate-limit';
import type { RequestContext } from '@/lib/auth/request-context';
import type { Viewer } from '@/lib/auth/viewer-types';
import { queueDataRequestMail } from './queue-data-request-mail';
import { DATA_REQUEST_DEADLINE_DAYS, type DataRequestInput } from './data-request-schema';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function generateDataRequestReference(): string {
  let body = '';
  for (let i = 0; i < 6; i++) body += ALPHABET[randomInt(ALPHABET.length)];
  return `DR-${body}`;
}

export function dueDate(createdAt: Date): Date {
  return new Date(createdAt.getTime() + DATA_REQUEST_DEADLINE_DAYS * 24 * 60 * 60 * 1000);
}

/** Creates the row with a fresh reference (retried on the rare clash of the unique index). */
export async function insertDataRequest(tx: Tx, data: Omit<Prisma.DataRequestUncheckedCreateInput, 'reference'>) {
  for (let attempt = 0; ; attempt++) {
    const reference = generateDataRequestReference();
    const clash = await tx.dataRequest.findUnique({ where: { reference }, select: { id: true } });
    if (clash && attempt < 5) continue;
    return tx.dataRequest.create({ data: { ...data, reference }, select: { id: true, reference: true, dueAt: true } });
  }
}

export type SubmitDataRequestResult = { reference: string; dueAt: Date; verified: boolean };

/**
 * A data request from the form. Signed in with the same address: open at once. Otherwise the address
 * must be confirmed by the emailed link first (Privacy Policy 10: "we confirm the request through the
 * email address"). The 10-day deadline runs from creation either way.
 */
export async function submitDataRequest(input: DataRequestInput & { viewer: Viewer | null; context: RequestContext; now?: Date }): Promise<SubmitDataRequestResult> {
  const rules = [{ bucket: 'data-request:email', key: input.email, limit: 5, windowMs: 24 * 60 * 60_000 }];
  if (input.context.ip) rules.push({ bucket: 'data-request:ip', key: input.context.ip, limit: 20, windowMs: 60 * 60_000 });
  const allowance = await consumeRateLimit(rules, input.now);
  if (!allowance.allowed) throw new UserFacingError('rate-limited', 'privacy.request.errors.rateLimited');

  const now = input.now ?? new Date();
  const verified = Boolean(input.viewer && input.viewer.email.toLowerCase() === input.email);
  const created = await db.$transaction(async (tx) => {
    const request = await insertDataRequest(tx, {
      origin: 'DATA_SUBJECT',
      kind: input.kind,
      status: verified ? 'OPEN' : 'UNVERIFIED',
      userId: verified ? input.viewer!.id : null,
      email: input.email,
      name: input.name,
      orderReference: input.orderReference,
      details: input.details ?? '',
      locale: input.locale,
      verifiedAt: verified ? now : null,
      dueAt: dueDate(now),
      createdAt: now,
    });
    // Unverified: the mail's verification link is minted when it is sent (privacy-mail-templates.ts).
    await queueDataRequestMail(tx, verified ? 'received' : 'verify', { id: request.id, email: input.email, locale: input.locale });
    await recordAuditEvent(tx, {
      actor: input.viewer,
      action: 'data_request.created',
      subjectType: 'DataRequest',
      subjectId: request.id,
      context: input.context,
      data: { kind: input.kind, reference: request.reference, verified },
    });
    return request;
  });
  return { reference: created.reference, dueAt: created.dueAt, verified };
}
