import { describe, expect, it } from 'vitest';
import { formatWithZone } from './format';

describe('formatWithZone (issue 20, bugs 4 and 13)', () => {
  it('shows the local time of the zone with its label, in every language', () => {
    const at = new Date('2026-12-07T02:15:00Z');
    expect(formatWithZone(at, 'Asia/Baku', 'en')).toMatch(/6:15.*\(GMT\+4\)$/);
    expect(formatWithZone(new Date('2027-01-22T07:55:00Z'), 'Asia/Baku', 'en')).toMatch(/11:55.*\(GMT\+4\)$/);
    for (const locale of ['ru', 'az', 'kk'] as const) expect(formatWithZone(at, 'Asia/Almaty', locale)).toMatch(/\(GMT\+5\)$/);
  });
});
