import { describe, expect, it } from 'vitest';
import { datesBetween, formatDay, formatTime, mondayOf, parisInstant, parisIsoWithOffset } from './clock.ts';

describe('Paris wall-clock times', () => {
  it('are two hours ahead of UTC before the October change and one hour after', () => {
    expect(parisInstant('2026-10-24T18:00').toISOString()).toBe('2026-10-24T16:00:00.000Z');
    expect(parisInstant('2026-10-26T18:00').toISOString()).toBe('2026-10-26T17:00:00.000Z');
  });
  it('handles the day of the change itself and the March change', () => {
    expect(parisInstant('2026-10-25T01:00').toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(parisInstant('2026-10-25T10:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
    expect(parisInstant('2027-03-28T10:00').toISOString()).toBe('2027-03-28T08:00:00.000Z');
  });
  it('writes the offset for schema.org', () => {
    expect(parisIsoWithOffset('2026-10-24T18:00')).toBe('2026-10-24T18:00:00+02:00');
    expect(parisIsoWithOffset('2026-12-10T17:30')).toBe('2026-12-10T17:30:00+01:00');
  });
  it('finds the Monday of a week and lists dates', () => {
    expect(mondayOf('2026-10-25')).toBe('2026-10-19');
    expect(mondayOf('2026-10-19')).toBe('2026-10-19');
    expect(datesBetween('2026-10-30', '2026-11-02')).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
  });
  it('formats days and times the French way', () => {
    expect(formatDay('2026-10-24')).toBe('samedi 24 octobre 2026');
    expect(formatDay('2026-10-24', false)).toBe('samedi 24 octobre');
    expect(formatTime('2026-10-24T18:00')).toBe('18 h');
    expect(formatTime('2026-10-24T09:30')).toBe('9 h 30');
  });
});
