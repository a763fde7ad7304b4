import { describe, expect, it } from 'vitest';
import { AGENCY_OFFICE, officeDetails } from './office';

describe('officeDetails (issue 20, bug 8)', () => {
  it.each(['en', 'ru', 'az', 'kk'] as const)('gives the office address and opening hours in %s', (locale) => {
    const office = officeDetails(locale);
    expect(office.address).toMatch(/Karvan.*28.*AZ1000/);
    expect(office.hours).toContain(`${AGENCY_OFFICE.weekdays.opens}–${AGENCY_OFFICE.weekdays.closes}`);
    expect(office.hours).toContain(`${AGENCY_OFFICE.saturday.opens}–${AGENCY_OFFICE.saturday.closes}`);
    expect(office.hours).toContain('GMT+4');
  });
});
