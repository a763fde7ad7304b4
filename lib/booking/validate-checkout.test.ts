import { describe, expect, it } from 'vitest';
import { ageOn, checkBookerAndConsents, passengerTypeOn } from './validate-checkout';

describe('passenger types on the day of travel', () => {
  it('counts completed years', () => {
    expect(ageOn('2014-06-10', '2026-06-09')).toBe(11);
    expect(ageOn('2014-06-10', '2026-06-10')).toBe(12);
  });
  it('infant under 2, child 2–11, adult from 12', () => {
    expect(passengerTypeOn('2025-01-01', '2026-12-31')).toBe('INFANT');
    expect(passengerTypeOn('2024-12-31', '2026-12-31')).toBe('CHILD');
    expect(passengerTypeOn('2014-12-31', '2026-12-30')).toBe('CHILD');
    expect(passengerTypeOn('2014-12-31', '2026-12-31')).toBe('ADULT');
    expect(passengerTypeOn('2027-01-01', '2026-12-31')).toBeNull();
  });
});

describe('booker and consents (Agreement 1, 2.2, 3.1.1, 3.1.6, 3.1.9)', () => {
  const at = new Date('2026-11-23T10:00:00Z');
  const options = { at, agreementVersion: '2026-11-23', hasCoTravellers: true };

  it('finds nothing wrong with a complete form', () => {
    expect(
      checkBookerAndConsents(
        { contact: { email: 'a@b.az', phone: '+994 50 123 45 67', bookerDateOfBirth: '2008-11-23' }, consents: { agreement: 'on', agreementVersion: '2026-11-23', dataProcessing: 'on' } },
        options,
      ),
    ).toEqual({});
  });

  it('reports every problem at once, even on a malformed form', () => {
    expect(checkBookerAndConsents({ contact: { email: 42, phone: '0501234567', bookerDateOfBirth: '2008-11-24' }, consents: null }, options)).toEqual({
      'contact.email': 'rules.reasons.CONTACT_EMAIL_MISSING',
      'contact.phone': 'rules.reasons.CONTACT_PHONE_INVALID',
      'contact.bookerDateOfBirth': 'rules.reasons.BOOKER_UNDER_18',
      'consents.agreement': 'rules.reasons.AGREEMENT_NOT_ACCEPTED',
      'consents.dataProcessing': 'rules.reasons.PROCESSING_CONSENT_MISSING',
    });
  });

  it('refuses an agreement version other than the one in force', () => {
    expect(checkBookerAndConsents({ contact: {}, consents: { agreement: 'on', agreementVersion: '2025-01', dataProcessing: 'on' } }, options)['consents.agreement']).toBe(
      'rules.reasons.AGREEMENT_VERSION_OUTDATED',
    );
  });
});
