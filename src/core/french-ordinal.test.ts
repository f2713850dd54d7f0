import { describe, expect, it } from 'vitest';
import { withFrenchOrdinal } from './french-ordinal.ts';
import { formatDate } from './i18n/i18n.ts';
import { formatDay } from './clock.ts';

describe('the first of the month in French', () => {
  it('is written "1er" wherever the site writes a date', () => {
    expect(formatDate('fr', '2026-12-01')).toBe('1er décembre 2026');
    expect(formatDay('2026-10-01')).toBe('jeudi 1er octobre 2026');
    expect(formatDay('2026-10-01', false)).toBe('jeudi 1er octobre');
  });
  it('leaves other days, other numbers and English alone', () => {
    expect(formatDate('fr', '2026-12-11')).toBe('11 décembre 2026');
    expect(formatDate('fr', '2026-12-21')).toBe('21 décembre 2026');
    expect(formatDate('en', '2026-12-01')).toBe('1 December 2026');
    expect(withFrenchOrdinal('31 décembre, 1 000 personnes')).toBe('31 décembre, 1 000 personnes');
    expect(withFrenchOrdinal('du 1 au 3 mars')).toBe('du 1 au 3 mars');
  });
});
