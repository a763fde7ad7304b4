import { describe, expect, it } from 'vitest';
import { maskDocumentNumber, maskEmail, maskPhone } from './mask';

describe('masks', () => {
  it('shows only the last four characters of a document number, and never its length', () => {
    expect(maskDocumentNumber('AB1234567')).toBe('•••••4567');
    expect(maskDocumentNumber('C01X00T47')).toBe('•••••0T47');
    expect(maskDocumentNumber('N 0123 4567')).toBe('•••••4567');
  });
  it('masks short values harder', () => {
    expect(maskDocumentNumber('12345')).toBe('•••••45');
    expect(maskDocumentNumber('123')).toBe('•••••');
  });
  it('masks emails and phones', () => {
    expect(maskEmail('nargiz@example.com')).toBe('n•••@example.com');
    expect(maskEmail('broken')).toBe('•••');
    expect(maskPhone('+994501234567')).toBe('+99•••••67');
  });
});
