import { describe, expect, it } from 'vitest';
import { parseFrenchDate, parseFrenchTime } from './french-date.ts';

describe('dates typed in a French spreadsheet', () => {
  it.each([
    ['12/10/2026', '2026-10-12'],
    ['1/2/2027', '2027-02-01'],
    ['12.10.2026', '2026-10-12'],
    ['12/10/26', '2026-10-12'],
    ['12 octobre 2026', '2026-10-12'],
    ['lundi 12 octobre 2026', '2026-10-12'],
    ['1er février 2027', '2027-02-01'],
    ['1er fevrier 2027', '2027-02-01'],
    ['12 oct. 2026', '2026-10-12'],
    ['2026-10-12', '2026-10-12'],
  ])('reads "%s" as %s', (input, expected) => {
    expect(parseFrenchDate(input)).toBe(expected);
  });

  it.each(['31/09/2026', '29/02/2026', '12 brumaire 2026', '2026/10/12', '', 'demain'])('refuses "%s"', (input) => {
    expect(parseFrenchDate(input)).toBeUndefined();
  });
});

describe('times typed in a French spreadsheet', () => {
  it.each([
    ['14h30', '14:30'],
    ['14h', '14:00'],
    ['14 h 30', '14:30'],
    ['14:30', '14:30'],
    ['9h', '09:00'],
    ['9H05', '09:05'],
  ])('reads "%s" as %s', (input, expected) => {
    expect(parseFrenchTime(input)).toBe(expected);
  });

  it.each(['24h', '14h75', 'vers 14 heures', '1430', ''])('refuses "%s"', (input) => {
    expect(parseFrenchTime(input)).toBeUndefined();
  });
});
