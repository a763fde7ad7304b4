import { describe, expect, it } from 'vitest';
import { checkCheckoutConsents, type CheckoutConsents } from './check-checkout-consents';
import { CURRENT_AGREEMENT_VERSION } from './fee-schedule';

const complete: CheckoutConsents = {
  agreementAccepted: true,
  agreementVersion: CURRENT_AGREEMENT_VERSION,
  processingConsent: true,
  coTravellersConsented: false,
  hasCoTravellers: false,
};

describe('checkCheckoutConsents (Agreement 2.2, 3.1.6, 4.7)', () => {
  it.each([
    ['2.2', 'all given, travelling alone', {}, [], 'Agreement 2.2'],
    ['3.1.6', 'co-travellers consented', { hasCoTravellers: true, coTravellersConsented: true }, [], 'Agreement 2.2'],
    ['2.2', 'agreement box not ticked', { agreementAccepted: false }, ['AGREEMENT_NOT_ACCEPTED'], 'Agreement 2.2'],
    ['4.7', 'ticked an older version', { agreementVersion: '2019-01' }, ['AGREEMENT_VERSION_OUTDATED'], 'Agreement 4.7'],
    ['3.1.6', 'no processing consent', { processingConsent: false }, ['PROCESSING_CONSENT_MISSING'], 'Agreement 3.1.6'],
    ['3.1.6', 'co-travellers not confirmed', { hasCoTravellers: true }, ['CO_TRAVELLER_CONSENT_MISSING'], 'Agreement 3.1.6'],
    [
      '2.2',
      'everything missing',
      { agreementAccepted: false, agreementVersion: null, processingConsent: false, hasCoTravellers: true },
      ['AGREEMENT_NOT_ACCEPTED', 'PROCESSING_CONSENT_MISSING', 'CO_TRAVELLER_CONSENT_MISSING'],
      'Agreement 2.2',
    ],
  ] as const)('Agreement %s: %s', (_clause, _name, overrides, problems, clause) => {
    expect(checkCheckoutConsents({ ...complete, ...overrides })).toEqual({
      allowed: problems.length === 0,
      problems,
      clause,
      reason: problems[0] ?? 'CONSENTS_COMPLETE',
    });
  });

  it('Agreement 4.7: compares with the version given', () => {
    expect(checkCheckoutConsents({ ...complete, agreementVersion: '2026-02' }, '2026-02').allowed).toBe(true);
  });
});
