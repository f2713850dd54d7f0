import { afterEach, describe, expect, it } from 'vitest';
import { dueDate, isStale } from './freshness.ts';
import { todayInParis } from '../../core/clock.ts';

describe('when a directory entry is due for a new check', () => {
  afterEach(() => {
    delete process.env['CLSM_NOW'];
  });

  it('is the same day twelve months after it was verified', () => {
    expect(dueDate('2026-03-15')).toBe('2027-03-15');
    expect(isStale('2026-03-15', '2027-03-15')).toBe(false);
    expect(isStale('2026-03-15', '2027-03-16')).toBe(true);
  });

  it('is now for an imported entry nobody has checked yet (no verifiedOn)', () => {
    expect(isStale(undefined, '2026-11-22')).toBe(true);
  });

  it('counts months whatever their number, on the last day of a shorter month', () => {
    // A period that is not a whole number of years (FRESHNESS_MONTHS / 12 used to shift the year by a fraction).
    expect(dueDate('2026-03-15', 6)).toBe('2026-09-15');
    expect(dueDate('2026-08-31', 6)).toBe('2027-02-28');
    expect(dueDate('2027-08-31', 6)).toBe('2028-02-29');
    expect(dueDate('2026-11-30', 18)).toBe('2028-05-30');
  });

  it('is judged against the site clock, which CLSM_NOW pins', () => {
    process.env['CLSM_NOW'] = '2031-01-02T10:00:00+01:00';
    expect(todayInParis()).toBe('2031-01-02');
    expect(isStale('2029-06-01', todayInParis())).toBe(true);
    process.env['CLSM_NOW'] = '2029-06-02T10:00:00+02:00';
    expect(isStale('2029-06-01', todayInParis())).toBe(false);
  });
});
