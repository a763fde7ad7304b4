import { describe, expect, it } from 'vitest';
import { officeDeadline } from './office-deadline';

const at = new Date('2026-12-01T10:00:00Z');
const hours = (n: number) => new Date(at.getTime() + n * 3_600_000);

describe('officeDeadline (Agreement 4.1)', () => {
  it('is 24 hours away when the trip is far off', () => {
    expect(officeDeadline(at, hours(24 * 10))).toEqual(hours(24));
  });
  it('is never closer than 6 hours to the first service', () => {
    expect(officeDeadline(at, hours(20))).toEqual(hours(14));
  });
  it('is not offered with less than 2 hours to come in', () => {
    expect(officeDeadline(at, hours(8))).toEqual(hours(2));
    expect(officeDeadline(at, hours(7.99))).toBeNull();
  });
});
