import 'server-only';
import { db } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { NotFoundError, UserFacingError } from '@/lib/auth/errors';
import type { RequestContext } from '@/lib/auth/request-context';
import { staffRoles, type Viewer } from '@/lib/auth/viewer-types';
import { queueDataRequestMail } from './queue-data-request-mail';
import type { DataRequestStatus } from '@/lib/db/generated/enums';
import type { AuthorityRequestInput, DataRequestKind } from './data-request-schema';
import { maskEmail } from './mask';
import { dueDate, insertDataRequest } from './submit-data-request';

/**
 * Data requests for support staff (the full back office is issue 9): the queue with deadlines, one
 * request in full (an AuditEvent per look, since it shows personal data), status changes, and
 * requests from authorities recorded the same way.
 */
function requireStaff(viewer: Viewer): void {
  if (!(staffRoles as readonly string[]).includes(viewer.role)) throw new NotFoundError();
}

export type DataRequestListItem = {
  id: string;
  reference: string;
  origin: 'DATA_SUBJECT' | 'AUTHORITY';
  kind: DataRequestKind;
  status: DataRequestStatus;
  maskedEmail: string;
  authorityName: string | null;
  createdAt: Date;
  dueAt: Date;
  overdue: boolean;
};

export async function listDataRequests(viewer: Viewer, options: { open?: boolean; now?: Date } = {}): Promise<DataRequestListItem[]> {
  requireStaff(viewer);
  const now = options.now ?? new Date();
  const rows = await db.dataRequest.findMany({
    where: options.open === false ? {} : { status: { in: ['UNVERIFIED', 'OPEN', 'IN_PROGRESS'] } },
    orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
    take: 200,
    select: { id: true, reference: true, origin: true, kind: true, status: true, email: true, authorityName: true, createdAt: true, dueAt: true },
  });
  return rows.map(({ email, ...r }) => ({
    ...r,
    kind: r.kind as DataRequestKind,
    maskedEmail: maskEmail(email),
    overdue: r.dueAt <= now && ['OPEN', 'IN_PROGRESS', 'UNVERIFIED'].includes(r.status),
  }));
}

/** One request in full. Showing it to staff is a read of personal data: an AuditEvent records it. */
export async function getDataRequestForStaff(viewer: Viewer, id: string, context: RequestContext) {
  requireStaff(viewer);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const request = await tx.dataRequest.findUnique({ where: { id } });
    if (!request) throw new NotFoundError();
    await recordAuditEvent(tx, {
      actor: viewer,
      action: 'personal_data.viewed',
      subjectType: request.userId ? 'User' : 'DataRequest',
      subjectId: request.userId ?? request.id,
      context,
      data: { record: `DataRequest:${request.id}`, reference: request.reference, reason: 'handling a data request' },
    });
    return request;
  });
}

export async function updateDataRequestStatus(input: {
  viewer: Viewer;
  id: string;
  status: 'IN_PROGRESS' | 'COMPLETED' | 'REJECTED';
  resolution: string | null;
  context: RequestContext;
}): Promise<void> {
  requireStaff(input.viewer);
  const closing = input.status !== 'IN_PROGRESS';
  await db.$transaction(async (tx) => {
    const request = await tx.dataRequest.findUnique({ where: { id: input.id }, select: { id: true, status: true, reference: true, email: true, kind: true, locale: true, origin: true } });
    if (!request) throw new NotFoundError();
    if (request.status === 'UNVERIFIED') throw new UserFacingError('unverified', 'privacy.staff.errors.unverified');
    if (request.status === 'COMPLETED' || request.status === 'REJECTED') throw new UserFacingError('closed', 'privacy.staff.errors.closed');
    if (closing && !input.resolution) throw new UserFacingError('resolution', 'privacy.staff.errors.resolutionRequired');
    await tx.dataRequest.update({
      where: { id: request.id },
      data: { status: input.status, handledById: input.viewer.id, resolution: input.resolution, closedAt: closing ? new Date() : null },
    });
    await recordAuditEvent(tx, {
      actor: input.viewer,
      action: `data_request.${input.status.toLowerCase()}`,
      subjectType: 'DataRequest',
      subjectId: request.id,
      context: input.context,
      data: { from: request.status, to: input.status, reference: request.reference },
    });
    if (closing && request.origin === 'DATA_SUBJECT') {
      await queueDataRequestMail(tx, 'closed', request);
    }
  });
}

/** A request from a court, the data protection authority or the police, tracked like any other. */
export async function recordAuthorityRequest(input: AuthorityRequestInput & { viewer: Viewer; context: RequestContext }) {
  requireStaff(input.viewer);
  const received = new Date(`${input.receivedOn}T00:00:00Z`);
  return db.$transaction(async (tx) => {
    const created = await insertDataRequest(tx, {
      origin: 'AUTHORITY',
      kind: input.kind,
      status: 'OPEN',
      email: input.email,
      details: input.details,
      locale: 'en',
      authorityName: input.authorityName,
      authorityReference: input.authorityReference,
      verifiedAt: new Date(),
      handledById: input.viewer.id,
      createdAt: received,
      dueAt: dueDate(received),
    });
    await recordAuditEvent(tx, {
      actor: input.viewer,
      action: 'data_request.authority_recorded',
      subjectType: 'DataRequest',
      subjectId: created.id,
      context: input.context,
      data: { kind: input.kind, reference: created.reference, authority: input.authorityName },
    });
    return created;
  });
}

/** A signed-in user's own requests, for My data. */
export async function listOwnDataRequests(userId: string, email: string) {
  return db.dataRequest.findMany({
    where: { origin: 'DATA_SUBJECT', OR: [{ userId }, { email: email.toLowerCase(), status: { not: 'UNVERIFIED' } }] },
    orderBy: { createdAt: 'desc' },
    select: { id: true, reference: true, kind: true, status: true, createdAt: true, dueAt: true, closedAt: true, resolution: true },
  });
}
