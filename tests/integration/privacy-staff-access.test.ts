import { context, createUser } from './privacy-helpers';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { NotFoundError, UserFacingError } from '@/lib/auth/errors';
import { collectPersonalData } from '@/lib/privacy/collect-personal-data';
import { buildExport } from '@/lib/privacy/export-personal-data';
import { maskedDocumentNumber, revealDocumentNumber } from '@/lib/privacy/staff-access';
import { createFullAccount } from './privacy-fixtures';

describe('need-to-know for staff', () => {
  it('shows document numbers masked; revealing one needs a reason, writes an AuditEvent and shows in the owner’s My data', async () => {
    const account = await createFullAccount();
    const support = await createUser({ role: 'SUPPORT' });
    const traveller = await createUser();
    const holder = { model: 'OrderPassenger' as const, id: account.passenger.id };

    expect(await maskedDocumentNumber(support, holder)).toBe(`•••••${account.clear.passengerDoc.slice(-4)}`);
    await expect(maskedDocumentNumber(traveller, holder)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revealDocumentNumber({ viewer: traveller, holder, reason: 'I would like to see it', context })).rejects.toBeInstanceOf(NotFoundError);
    await expect(revealDocumentNumber({ viewer: support, holder, reason: 'why', context })).rejects.toBeInstanceOf(UserFacingError);
    expect(await db.auditEvent.count({ where: { actorId: support.id } })).toBe(0);

    const clear = await revealDocumentNumber({ viewer: support, holder, reason: 'The airline asks to confirm the passport number', context });
    expect(clear).toBe(account.clear.passengerDoc);
    const event = await db.auditEvent.findFirstOrThrow({ where: { actorId: support.id } });
    expect(event).toMatchObject({ action: 'personal_data.revealed', subjectType: 'User', subjectId: account.user.id, actorRole: 'SUPPORT', ip: context.ip, userAgent: context.userAgent });

    // The staff member's own export does not carry the customer's records.
    const staffExport = JSON.stringify(buildExport((await collectPersonalData(support.id))!));
    expect(staffExport).not.toContain(account.user.id);
    expect(staffExport).not.toContain('The airline asks to confirm the passport number');

    const exported = buildExport((await collectPersonalData(account.user.id))!);
    expect(exported.accessLog).toContainEqual(
      expect.objectContaining({ role: 'SUPPORT', staff: support.id.slice(0, 8), action: 'personal_data.revealed', field: 'documentNumber', reason: 'The airline asks to confirm the passport number' }),
    );
  });
});
