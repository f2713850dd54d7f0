import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone } from './phone.ts';

describe('phone numbers', () => {
  it('normalises the ways people write a French number to E.164', () => {
    for (const written of ['04 72 00 00 00', '04.72.00.00.00', '0472000000', '+33 4 72 00 00 00', '+33 (0)4 72 00 00 00']) {
      expect(normalizePhone(written), written).toBe('+33472000000');
    }
  });
  it('keeps short national numbers as dialled', () => {
    expect(normalizePhone('3114')).toBe('3114');
    expect(normalizePhone('15')).toBe('15');
    expect(normalizePhone('1 1 2')).toBe('112');
  });
  it('rejects numbers that cannot exist', () => {
    expect(normalizePhone('04 72')).toBeUndefined();
    expect(normalizePhone('00 00 00 00 00')).toBeUndefined();
    expect(normalizePhone('hello')).toBeUndefined();
  });
  it('shows numbers in the French format', () => {
    expect(formatPhone('+33472000000')).toBe('04 72 00 00 00');
    expect(formatPhone('+33972394050')).toBe('09 72 39 40 50');
    expect(formatPhone('3114')).toBe('3114');
  });
});
