import { context, createUser, lastMailTo, linkIn, uniqueEmail } from './privacy-helpers';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { NotFoundError, UserFacingError } from '@/lib/auth/errors';
import { dataRequestSchema } from '@/lib/privacy/data-request-schema';
import {
  getDataRequestForStaff,
  listDataRequests,
  listOwnDataRequests,
  recordAuthorityRequest,
  updateDataRequestStatus,
} from '@/lib/privacy/staff-data-requests';
import { submitDataRequest } from '@/lib/privacy/submit-data-request';
import { verifyDataRequest } from '@/lib/privacy/verify-data-request';

const DAY = 24 * 60 * 60 * 1000;

describe('data requests', () => {
  it('from someone without an account wait for the emailed link; the deadline is 10 days from creation', async () => {
    const email = uniqueEmail('guest');
    const input = dataRequestSchema.parse({ kind: 'ACCESS', email: email.toUpperCase(), name: '', orderReference: 'krv-7k3q9p', details: '', locale: 'ru' });
    expect(input).toMatchObject({ email, name: null, orderReference: 'KRV-7K3Q9P', details: null });
    const result = await submitDataRequest({ ...input, viewer: null, context });
    expect(result.verified).toBe(false);
    const row = await db.dataRequest.findUniqueOrThrow({ where: { reference: result.reference } });
    expect(row).toMatchObject({ status: 'UNVERIFIED', origin: 'DATA_SUBJECT', userId: null, email });
    expect(row.dueAt.getTime() - row.createdAt.getTime()).toBe(10 * DAY);

    const mail = await lastMailTo(email);
    expect(mail?.subject).toContain(result.reference);
    const url = new URL(linkIn(mail!.text, '/ru/privacy/request/verify'));
    const token = url.searchParams.get('token')!;
    expect(await verifyDataRequest('forged-token', context)).toEqual({ outcome: 'invalid' });
    expect(await verifyDataRequest(token, context)).toMatchObject({ outcome: 'verified', reference: result.reference });
    expect(await verifyDataRequest(token, context)).toMatchObject({ outcome: 'already' });
    const verified = await db.dataRequest.findUniqueOrThrow({ where: { id: row.id } });
    expect(verified).toMatchObject({ status: 'OPEN', dueAt: row.dueAt });
    expect((await lastMailTo(email))?.subject).toContain('получили');
    expect(await db.auditEvent.count({ where: { subjectId: row.id, action: { in: ['data_request.created', 'data_request.verified'] } } })).toBe(2);
  });

  it('from a signed-in user with the same address open at once and appear in their list', async () => {
    const user = await createUser();
    const input = dataRequestSchema.parse({ kind: 'CORRECTION', email: user.email, details: 'My first name is NARGIZ, not NARGIS.', locale: 'en' });
    const result = await submitDataRequest({ ...input, viewer: user, context });
    expect(result.verified).toBe(true);
    const own = await listOwnDataRequests(user.id, user.email);
    expect(own.map((r) => [r.reference, r.status])).toEqual([[result.reference, 'OPEN']]);
  });

  it('rejects a correction without details before anything is written', async () => {
    const parsed = dataRequestSchema.safeParse({ kind: 'CORRECTION', email: 'a@b.test', details: '  ', locale: 'en' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['details', 'privacy.request.errors.detailsRequired']]);
  });

  it('are limited per address', async () => {
    const email = uniqueEmail('flood');
    const input = dataRequestSchema.parse({ kind: 'ERASURE', email, locale: 'en' });
    for (let i = 0; i < 5; i++) await submitDataRequest({ ...input, viewer: null, context: { ip: null, userAgent: null } });
    await expect(submitDataRequest({ ...input, viewer: null, context: { ip: null, userAgent: null } })).rejects.toBeInstanceOf(UserFacingError);
  });

  it('are handled by staff only: the list masks addresses, opening one is logged, closing mails the requester', async () => {
    const staff = await createUser({ role: 'SUPPORT' });
    const traveller = await createUser();
    const subject = await createUser();
    const input = dataRequestSchema.parse({ kind: 'RESTRICTION', email: subject.email, details: 'Pause marketing profiling.', locale: 'en' });
    const { reference } = await submitDataRequest({ ...input, viewer: subject, context });
    const row = await db.dataRequest.findUniqueOrThrow({ where: { reference } });

    await expect(listDataRequests(traveller)).rejects.toBeInstanceOf(NotFoundError);
    const list = await listDataRequests(staff);
    const item = list.find((r) => r.reference === reference)!;
    expect(item.maskedEmail).not.toContain(subject.email.split('@')[0]);
    expect(item.overdue).toBe(false);
    expect((await listDataRequests(staff, { now: new Date(row.dueAt.getTime() + 1) })).find((r) => r.reference === reference)?.overdue).toBe(true);

    const full = await getDataRequestForStaff(staff, row.id, context);
    expect(full.email).toBe(subject.email);
    const access = await db.auditEvent.findFirst({ where: { action: 'personal_data.viewed', actorId: staff.id } });
    expect(access).toMatchObject({ subjectType: 'User', subjectId: subject.id, actorRole: 'SUPPORT' });

    await expect(updateDataRequestStatus({ viewer: staff, id: row.id, status: 'COMPLETED', resolution: null, context })).rejects.toMatchObject({
      messageKey: 'privacy.staff.errors.resolutionRequired',
    });
    await updateDataRequestStatus({ viewer: staff, id: row.id, status: 'IN_PROGRESS', resolution: null, context });
    await updateDataRequestStatus({ viewer: staff, id: row.id, status: 'COMPLETED', resolution: 'Processing restricted until 1 December.', context });
    expect(await db.dataRequest.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'COMPLETED', handledById: staff.id });
    const mail = await lastMailTo(subject.email);
    expect(mail?.text).toContain('Processing restricted until 1 December.');
    await expect(updateDataRequestStatus({ viewer: staff, id: row.id, status: 'REJECTED', resolution: 'x', context })).rejects.toMatchObject({
      messageKey: 'privacy.staff.errors.closed',
    });
  });

  it('from authorities are recorded by staff with the same 10-day deadline from receipt', async () => {
    const admin = await createUser({ role: 'ADMIN' });
    const created = await recordAuthorityRequest({
      viewer: admin,
      context,
      kind: 'ACCESS',
      authorityName: 'Baku Court of Appeal',
      authorityReference: 'Case 2-1234/2026',
      email: 'registry@court.example',
      details: 'Bookings of a named person in 2026',
      receivedOn: '2026-11-20',
    });
    const row = await db.dataRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ origin: 'AUTHORITY', status: 'OPEN', createdAt: new Date('2026-11-20T00:00:00Z'), dueAt: new Date('2026-11-30T00:00:00Z') });
    expect(await db.auditEvent.count({ where: { subjectId: row.id, action: 'data_request.authority_recorded', actorId: admin.id } })).toBe(1);
  });
});
