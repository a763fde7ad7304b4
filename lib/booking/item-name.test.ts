import { describe, expect, it } from 'vitest';
import { offerLabels } from './item-name';

describe('offerLabels (issue 20, bug 2)', () => {
  it('names fare families, room types, boards and vehicle classes in each language', () => {
    expect(offerLabels('en').fareFamily('STANDARD')).toBe('Standard');
    expect(offerLabels('ru').fareFamily('STANDARD')).toBe('Стандарт');
    expect(offerLabels('az').roomType('SUPERIOR_DOUBLE')).not.toBe('SUPERIOR_DOUBLE');
    expect(offerLabels('kk').board('HB')).toBe('Жартылай пансион');
    expect(offerLabels('en').vehicleClass('COMFORT')).toBe('Comfort');
  });
});
