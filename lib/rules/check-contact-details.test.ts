import { describe, expect, it } from 'vitest';
import { checkContactDetails } from './check-contact-details';

describe('checkContactDetails (Agreement 3.1.9)', () => {
  it.each([
    ['both given', { email: 'aysel@example.az', phone: '+994 50 123 45 67' }, []],
    ['phone with brackets and dashes', { email: ' a@b.kz ', phone: '+7 (701) 234-56-78' }, []],
    ['nothing', {}, ['CONTACT_EMAIL_MISSING', 'CONTACT_PHONE_MISSING']],
    ['nulls and blanks', { email: '   ', phone: null }, ['CONTACT_EMAIL_MISSING', 'CONTACT_PHONE_MISSING']],
    ['email without domain', { email: 'aysel@', phone: '+994501234567' }, ['CONTACT_EMAIL_INVALID']],
    ['local phone without country code', { email: 'a@b.az', phone: '050 123 45 67' }, ['CONTACT_PHONE_INVALID']],
    ['phone too short', { email: 'a@b.az', phone: '+12345' }, ['CONTACT_PHONE_INVALID']],
    ['phone with letters', { email: 'a@b.az', phone: '+99450CALLME' }, ['CONTACT_PHONE_INVALID']],
  ])('Agreement 3.1.9: %s', (_name, contact, problems) => {
    expect(checkContactDetails(contact)).toEqual({
      allowed: problems.length === 0,
      problems,
      clause: 'Agreement 3.1.9',
      reason: problems[0] ?? 'CONTACT_COMPLETE',
    });
  });
});
