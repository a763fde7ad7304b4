import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { configureTestEnv, createSession, createUser } from './auth-test-kit';
import { form, requestState } from './authz-kit';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('./authz-kit')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('./authz-kit')).nextIntlServerMock());

configureTestEnv();

const { sessionCookieName } = await import('@/lib/auth/session-token');
const { decryptField, blindIndex } = await import('@/lib/crypto/field-encryption');
const { listSavedTravellers } = await import('@/lib/account/list-saved-travellers');
const { getSavedTraveller } = await import('@/lib/account/get-saved-traveller');
const { getProfile } = await import('@/lib/account/get-profile');
const account = await import('@/app/[locale]/account/actions');

async function signInAs(user: { id: string }) {
  requestState.cookies.clear();
  requestState.cookies.set(sessionCookieName(false), await createSession(user.id));
}

const traveller = (extra: Record<string, string> = {}) =>
  form({ locale: 'en', firstName: 'Aigerim', lastName: 'Nurlanqyzy', dateOfBirth: '1994-11-02', gender: 'FEMALE', nationality: 'kz', documentNumber: 'n 1234-5678', documentExpiry: '2032-03-31', ...extra });

/** What a database dump would show: every column of the row, as text, straight from PostgreSQL. */
async function rawRow(table: string, id: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT * FROM ${table} WHERE id = $1`, [id]);
    return JSON.stringify(rows[0]);
  } finally {
    await client.end();
  }
}

describe('co-travellers', () => {
  it('adds one with the document number and date of birth encrypted at rest and a blind index', async () => {
    const user = await createUser();
    await signInAs(user);
    await expect(account.createTravellerAction({}, traveller())).rejects.toMatchObject({ digest: expect.stringContaining('/en/account/travellers?done=added') });

    const [row] = await db.savedTraveller.findMany({ where: { userId: user.id } });
    expect(row).toMatchObject({ firstName: 'AIGERIM', lastName: 'NURLANQYZY', gender: 'FEMALE', nationality: 'KZ' });
    expect(row!.documentNumberEnc).toMatch(/^v1:[0-9a-f]{8}:/);
    expect(decryptField(row!.documentNumberEnc)).toBe('N12345678');
    expect(decryptField(row!.dateOfBirthEnc)).toBe('1994-11-02');
    expect(row!.documentNumberHash).toBe(blindIndex('N12345678'));
    expect(row!.documentExpiry.toISOString()).toBe('2032-03-31T00:00:00.000Z');
    const dump = await rawRow('saved_travellers', row!.id);
    expect(dump).not.toContain('N12345678');
    expect(dump).not.toContain('1994-11-02');

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'account.traveller_added', subjectId: row!.id } });
    expect(audit).toMatchObject({ actorId: user.id, actorRole: 'TRAVELLER', ip: '203.0.113.50', userAgent: 'vitest' });
    expect(JSON.stringify(audit)).not.toContain('N12345678');

    const [listed] = await listSavedTravellers({ id: user.id, email: user.email, name: null, role: 'TRAVELLER' });
    expect(listed).toMatchObject({ documentNumberMasked: '•••••5678', dateOfBirth: '1994-11-02', documentExpiry: '2032-03-31' });
    expect(listed).not.toHaveProperty('documentNumber');
  });

  it('edits one: new values, re-encrypted, new blind index, an audit event', async () => {
    const user = await createUser();
    await signInAs(user);
    await account.createTravellerAction({}, traveller()).catch(() => undefined);
    const { id, documentNumberEnc } = await db.savedTraveller.findFirstOrThrow({ where: { userId: user.id } });
    await expect(account.updateTravellerAction({}, traveller({ id, lastName: 'Serikova', documentNumber: 'N7654321' }))).rejects.toMatchObject({
      digest: expect.stringContaining('done=updated'),
    });
    const viewer = { id: user.id, email: user.email, name: null, role: 'TRAVELLER' as const };
    const detail = await getSavedTraveller(viewer, id);
    expect(detail).toMatchObject({ lastName: 'SERIKOVA', documentNumber: 'N7654321' });
    const row = await db.savedTraveller.findUniqueOrThrow({ where: { id } });
    expect(row.documentNumberEnc).not.toBe(documentNumberEnc);
    expect(row.documentNumberHash).toBe(blindIndex('N7654321'));
    expect(await db.auditEvent.count({ where: { action: 'account.traveller_updated', subjectId: id } })).toBe(1);
  });

  it('deletes one, with an audit event', async () => {
    const user = await createUser();
    await signInAs(user);
    await account.createTravellerAction({}, traveller()).catch(() => undefined);
    const { id } = await db.savedTraveller.findFirstOrThrow({ where: { userId: user.id } });
    await expect(account.deleteTravellerAction({}, form({ locale: 'en', id }))).rejects.toMatchObject({ digest: expect.stringContaining('done=deleted') });
    expect(await db.savedTraveller.count({ where: { id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'account.traveller_deleted', subjectId: id } })).toBe(1);
  });

  it('refuses malformed input field by field with message keys, keeps what was typed, changes nothing', async () => {
    const user = await createUser();
    await signInAs(user);
    const result = await account.createTravellerAction(
      {},
      traveller({ firstName: '', lastName: 'Иванов', dateOfBirth: '2999-01-01', gender: 'OTHER', nationality: '', documentNumber: '12', documentExpiry: '31.12.2030' }),
    );
    expect(result.fieldErrors).toEqual({
      firstName: 'account.validation.required',
      lastName: 'account.validation.latinLetters',
      dateOfBirth: 'account.validation.dateOfBirth',
      gender: 'account.validation.required',
      nationality: 'account.validation.nationality',
      documentNumber: 'account.validation.documentNumber',
      documentExpiry: 'account.validation.date',
    });
    expect(result.values).toMatchObject({ lastName: 'Иванов', documentExpiry: '31.12.2030' });
    expect(await db.savedTraveller.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorId: user.id } })).toBe(0);
  });

  it('caps the number of saved co-travellers', async () => {
    const user = await createUser();
    await signInAs(user);
    const { createSavedTraveller, MAX_SAVED_TRAVELLERS } = await import('@/lib/account/create-saved-traveller');
    const viewer = { id: user.id, email: user.email, name: null, role: 'TRAVELLER' as const };
    for (let i = 0; i < MAX_SAVED_TRAVELLERS; i++) {
      await createSavedTraveller({
        viewer,
        input: { firstName: 'A', lastName: `B${String.fromCharCode(65 + (i % 26))}`, dateOfBirth: '1990-01-01', gender: 'MALE', nationality: 'AZ', documentNumber: `P${100000 + i}`, documentExpiry: '2030-01-01' },
        context: { ip: null, userAgent: null },
      });
    }
    const result = await account.createTravellerAction({}, traveller());
    expect(result.error).toBe('account.travellers.errors.tooMany');
  });
});

describe('profile', () => {
  it('saves the name and the phone (encrypted), with an audit event naming the fields only', async () => {
    const user = await createUser();
    await signInAs(user);
    const result = await account.updateProfileAction({}, form({ locale: 'en', name: '  Rashad Guliyev ', phone: '+994 (50) 123-45-67' }));
    expect(result).toEqual({ ok: true, message: 'account.profile.saved' });
    const viewer = { id: user.id, email: user.email, name: null, role: 'TRAVELLER' as const };
    expect(await getProfile(viewer)).toEqual({ email: user.email, name: 'Rashad Guliyev', phone: '+994501234567' });
    const dump = await rawRow('users', user.id);
    expect(dump).not.toContain('994501234567');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'account.profile_updated', subjectId: user.id } });
    expect(audit.data).toEqual({ fields: ['name', 'phone'] });

    // Saving the same values again changes nothing and records nothing.
    await account.updateProfileAction({}, form({ locale: 'en', name: 'Rashad Guliyev', phone: '+994501234567' }));
    expect(await db.auditEvent.count({ where: { action: 'account.profile_updated', subjectId: user.id } })).toBe(1);

    await account.updateProfileAction({}, form({ locale: 'en', name: '', phone: '' }));
    expect(await getProfile(viewer)).toEqual({ email: user.email, name: null, phone: null });
  });

  it('refuses a phone number that is not international', async () => {
    const user = await createUser();
    await signInAs(user);
    const result = await account.updateProfileAction({}, form({ locale: 'en', name: 'X', phone: '050 123 45 67' }));
    expect(result.fieldErrors).toEqual({ phone: 'account.validation.phone' });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBeNull();
  });
});

describe('signing out', () => {
  it('sign out ends this session only and clears the cookie', async () => {
    const user = await createUser();
    const other = await createSession(user.id);
    await signInAs(user);
    await expect(account.signOutAction(form({ locale: 'ru' }))).rejects.toMatchObject({ digest: expect.stringContaining(';/ru;') });
    expect(requestState.cookies.has(sessionCookieName(false))).toBe(false);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    const { findViewerBySessionToken } = await import('@/lib/auth/find-viewer');
    expect(await findViewerBySessionToken(other)).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: 'auth.signed_out', subjectId: user.id } })).toBe(1);
  });

  it('sign out of all devices ends every session of the user and no one else’s', async () => {
    const user = await createUser();
    const bystander = await createUser();
    await createSession(user.id);
    await createSession(user.id);
    const theirs = await createSession(bystander.id);
    await signInAs(user);
    await expect(account.signOutEverywhereAction({}, form({ locale: 'en' }))).rejects.toMatchObject({ digest: expect.stringContaining(';/en;') });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(requestState.cookies.has(sessionCookieName(false))).toBe(false);
    const { findViewerBySessionToken } = await import('@/lib/auth/find-viewer');
    expect(await findViewerBySessionToken(theirs)).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.signed_out_everywhere', subjectId: user.id } });
    expect(audit.data).toEqual({ sessionsEnded: 3 });
  });

  it('an expired session is no session', async () => {
    const user = await createUser();
    const token = await createSession(user.id, new Date(Date.now() - 1000));
    const { findViewerBySessionToken } = await import('@/lib/auth/find-viewer');
    expect(await findViewerBySessionToken(token)).toBeNull();
    requestState.cookies.set(sessionCookieName(false), token);
    expect((await account.updateProfileAction({}, form({ locale: 'en', name: 'x', phone: '' }))).error).toBe('auth.errors.signInRequired');
  });
});
