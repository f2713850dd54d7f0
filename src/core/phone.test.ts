import { describe, expect, it } from 'vitest';
import { formatPhone, isForeignPhone, normalizePhone } from './phone.ts';

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

describe('phone numbers of every French numbering zone', () => {
  // Prefixes from the ARCEP numbering plan: each overseas department has its fixed and mobile blocks.
  const OVERSEAS: [string, string, string][] = [
    ['Guadeloupe fixe', '0590 12 34 56', '+590590123456'],
    ['Guadeloupe mobile', '0690 12 34 56', '+590690123456'],
    ['Martinique fixe', '0596 61 23 45', '+596596612345'],
    ['Martinique mobile', '0696 12 34 56', '+596696123456'],
    ['Guyane fixe', '0594 30 12 34', '+594594301234'],
    ['Guyane mobile', '0694 12 34 56', '+594694123456'],
    ['La Réunion fixe', '0262 40 12 34', '+262262401234'],
    ['La Réunion mobile 0692', '0692 12 34 56', '+262692123456'],
    ['La Réunion mobile 0693', '0693 12 34 56', '+262693123456'],
    ['Mayotte fixe', '0269 61 12 34', '+262269611234'],
    ['Mayotte mobile', '0639 69 12 34', '+262639691234'],
    ['Saint-Pierre-et-Miquelon', '0508 41 12 34', '+508411234'],
  ];
  it('accepts overseas numbers as dialled from France and shows them in the national format', () => {
    for (const [zone, written, e164] of OVERSEAS) {
      expect(normalizePhone(written), zone).toBe(e164);
      expect(isForeignPhone(e164), zone).toBe(false);
      if (!zone.startsWith('Saint-Pierre')) expect(formatPhone(e164), zone).toBe(written);
    }
    expect(formatPhone('+508411234')).toBe('+508 41 12 34');
    expect(normalizePhone('+590 590 12 34 56')).toBe('+590590123456');
  });
  it('flags numbers of other countries, not those of the Pacific collectivities', () => {
    expect(normalizePhone('+41 22 123 45 67')).toBe('+41221234567');
    expect(isForeignPhone('+41221234567')).toBe(true);
    expect(isForeignPhone('+33472000000')).toBe(false);
    expect(isForeignPhone('+687261234')).toBe(false);
    expect(isForeignPhone('3114')).toBe(false);
    expect(formatPhone('+41221234567')).toBe('+41 22 123 45 67');
  });
  it('still rejects an overseas number of the wrong length', () => {
    expect(normalizePhone('0590 12 34 5')).toBeUndefined();
  });
});
