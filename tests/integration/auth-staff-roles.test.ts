import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { configureTestEnv, createUser } from './auth-test-kit';

vi.mock('server-only', () => ({}));

configureTestEnv();

const { setStaffRole, LastAdminError } = await import('@/lib/auth/set-staff-role');
const { main: staffCli } = await import('@/lib/cli/staff');
const context = { ip: '198.51.100.5', userAgent: 'test' };

/** Runs the staff CLI (on DATABASE_URL, the test database) and captures what it prints. */
async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    const code = await staffCli(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('npm run staff', () => {
  it('adds the first admin (creating the account), lists staff, and removes a role', async () => {
    const added = await cli('add', 'Founder@Karvan.example', 'admin');
    expect(added).toEqual({ code: 0, out: 'created founder@karvan.example as ADMIN', err: '' });
    const founder = await db.user.findUniqueOrThrow({ where: { email: 'founder@karvan.example' } });
    expect(founder.role).toBe('ADMIN');
    expect(founder.emailVerified).toBeNull();

    await createUser({ email: 'agent@karvan.example' });
    expect((await cli('add', 'agent@karvan.example', 'SUPPORT')).out).toBe('agent@karvan.example: TRAVELLER → SUPPORT');
    expect((await cli('add', 'agent@karvan.example', 'SUPPORT')).out).toBe('agent@karvan.example is already SUPPORT');
    expect((await cli('list')).out).toBe('ADMIN    founder@karvan.example\nSUPPORT  agent@karvan.example');
    expect((await cli('remove', 'agent@karvan.example')).out).toBe('agent@karvan.example: SUPPORT → TRAVELLER');

    const audits = await db.auditEvent.findMany({ where: { action: { in: ['user.created', 'user.role_changed'] } }, orderBy: { at: 'asc' } });
    expect(audits.map((a) => [a.action, a.actorRole, a.data])).toEqual([
      ['user.created', 'CLI', { via: 'staff-cli' }],
      ['user.role_changed', 'CLI', { from: 'TRAVELLER', to: 'ADMIN' }],
      ['user.role_changed', 'CLI', { from: 'TRAVELLER', to: 'SUPPORT' }],
      ['user.role_changed', 'CLI', { from: 'SUPPORT', to: 'TRAVELLER' }],
    ]);
  });

  it('refuses bad input and the removal of the last admin, with a non-zero exit', async () => {
    expect(await cli()).toMatchObject({ code: 2, err: expect.stringContaining('usage: npm run staff') });
    expect(await cli('add', 'x@example.com', 'TRAVELLER')).toMatchObject({ code: 1, err: expect.stringContaining('ROLE must be SUPPORT or ADMIN') });
    expect(await cli('add', 'not-an-email', 'ADMIN')).toMatchObject({ code: 1, err: 'staff: not a valid email address' });
    expect(await cli('remove', 'nobody@example.com')).toMatchObject({ code: 1, err: 'staff: no account has this email address' });
    expect(await cli('remove', 'founder@karvan.example')).toMatchObject({ code: 1, err: expect.stringContaining('last admin') });
    expect((await db.user.findUniqueOrThrow({ where: { email: 'founder@karvan.example' } })).role).toBe('ADMIN');
  });
});

describe('setStaffRole', () => {
  it('lets an admin demote themselves only while another admin remains', async () => {
    const a = await createUser({ email: 'admin-a@example.com', role: 'ADMIN' });
    const actorA = { id: a.id, role: 'ADMIN' as const };
    // founder@karvan.example (above) is also an admin, so A may step down…
    await setStaffRole({ email: a.email, role: 'SUPPORT', actor: actorA, context });
    expect((await db.user.findUniqueOrThrow({ where: { id: a.id } })).role).toBe('SUPPORT');
    // …but the founder, now the last admin, may not.
    const founder = await db.user.findUniqueOrThrow({ where: { email: 'founder@karvan.example' } });
    await expect(setStaffRole({ email: founder.email, role: 'TRAVELLER', actor: { id: founder.id, role: 'ADMIN' }, context })).rejects.toBeInstanceOf(LastAdminError);
  });

  it('never leaves the product without an admin when two admins demote each other at once', async () => {
    const b = await createUser({ email: 'admin-b@example.com', role: 'ADMIN' });
    const founder = await db.user.findUniqueOrThrow({ where: { email: 'founder@karvan.example' } });
    const results = await Promise.allSettled([
      setStaffRole({ email: founder.email, role: 'TRAVELLER', actor: { id: b.id, role: 'ADMIN' }, context }),
      setStaffRole({ email: b.email, role: 'TRAVELLER', actor: { id: founder.id, role: 'ADMIN' }, context }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof LastAdminError)).toHaveLength(1);
    expect(await db.user.count({ where: { role: 'ADMIN' } })).toBe(1);
  });

  it('does not give a role to a deleted account', async () => {
    await createUser({ email: 'deleted@example.com', deletedAt: new Date() });
    await expect(setStaffRole({ email: 'deleted@example.com', role: 'SUPPORT', actor: { id: null, role: 'CLI' }, context, createIfMissing: true })).rejects.toMatchObject({
      messageKey: 'admin.errors.noSuchUser',
    });
  });
});
