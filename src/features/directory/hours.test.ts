/**
 * Opening hours: compiling OSM values into a weekly table with French
 * public holidays, and "open now" / next change from that table.
 */
import { describe, expect, it } from 'vitest';
import { compileHours, hoursProblem, publicHolidays, weekdayOf } from './hours.ts';
import { decodeDates, decodeWeek, encodeDates, encodeWeek, formatDay, statusAt } from './weekly-hours.ts';
import { parisClock, type WallClock } from '../../core/clock.ts';

const today = '2026-11-22';
const holidays = publicHolidays(today, 2 * 366);
const holidaySet = new Set(holidays);
const at = (date: string, weekday: number, time: string): WallClock => {
  const [h, m] = time.split(':').map(Number);
  return { date, weekday, minutes: (h ?? 0) * 60 + (m ?? 0) };
};

describe('French public holidays', () => {
  it('knows Christmas, New Year, Easter Monday and 14 July', () => {
    expect(holidays).toEqual(expect.arrayContaining(['2026-12-25', '2027-01-01', '2027-03-29', '2027-07-14', '2027-11-11']));
  });
});

describe('compiling opening hours', () => {
  it('reads a weekday schedule with a lunch break, closed at weekends and on holidays', () => {
    const hours = compileHours('Mo-Fr 09:00-12:30,13:30-17:00; PH off', today, holidays);
    expect(hours.week[0]).toEqual([[540, 750], [810, 1020]]);
    expect(hours.week[5]).toEqual([]);
    expect(hours.holiday?.every((day) => day.length === 0)).toBe(true);
    expect(hours.exact).toBe(true);
  });

  it('reads 24/7 as open all day every day, holidays included', () => {
    const hours = compileHours('24/7', today, holidays);
    expect(hours.week.every((day) => day.length === 1 && day[0]?.[0] === 0 && day[0]?.[1] === 1440)).toBe(true);
    expect(hours.holiday).toBeUndefined();
  });

  it('splits overnight hours across midnight', () => {
    const hours = compileHours('Mo-Su 19:00-08:00', today, holidays);
    expect(hours.week[0]).toEqual([[0, 480], [1140, 1440]]);
    expect(hours.exact).toBe(true);
  });

  it('keeps the days of the coming year a weekly table gets wrong, with their hours', () => {
    const hours = compileHours('Sep-Jun Tu-Sa 14:00-18:00; Jul-Aug Tu-Fr 14:00-17:00; PH off', today, holidays);
    expect(hours.exact).toBe(false);
    const dates = Object.keys(hours.dates ?? {});
    // July and August: Tuesday to Friday close at 17 h, Saturday is closed; nothing else differs.
    expect(dates.every((date) => /-0[78]-/.test(date))).toBe(true);
    expect(dates.length).toBeGreaterThan(40);
    const summerSaturday = dates.find((date) => weekdayOf(date) === 5);
    expect(summerSaturday && hours.dates?.[summerSaturday]).toEqual([]);
    const summerTuesday = dates.find((date) => weekdayOf(date) === 1);
    expect(summerTuesday && hours.dates?.[summerTuesday]).toEqual([[840, 1020]]);
    expect(compileHours('Mo-Fr 09:00-17:00; PH off', today, holidays).dates).toBeUndefined();
  });

  it('reads dated days before the weekly table, and carries them through data attributes', () => {
    const hours = compileHours('Sep-Jun Tu-Sa 14:00-18:00; Jul-Aug Tu-Fr 14:00-17:00; PH off', today, holidays);
    const dates = decodeDates(encodeDates(hours.dates ?? {}));
    expect(dates).toEqual(hours.dates);
    const saturday = Object.keys(dates).find((date) => weekdayOf(date) === 5) ?? '';
    const status = statusAt({ ...hours, dates }, new Set(holidays), { date: saturday, weekday: 5, minutes: 15 * 60 });
    expect(status.open).toBe(false);
    expect(status.next).toEqual({ inDays: 3, weekday: 1, minutes: 840 });
  });

  it('keeps special holiday hours', () => {
    const hours = compileHours('Mo-Fr 08:00-20:00; Sa,PH 09:00-12:00', today, holidays);
    expect(hours.holiday?.[4]).toEqual([[540, 720]]);
  });

  it('explains what is wrong with bad hours', () => {
    expect(hoursProblem('Mo-Fr 09:00-17:00')).toBeUndefined();
    expect(hoursProblem('Mo-Fx 09:00')).toMatch(/not valid opening hours/);
    expect(hoursProblem('Mo-Fr 9-17')).toMatch(/ambiguous.*09:00-17:00/);
  });

  it('round-trips through the compact encoding', () => {
    const hours = compileHours('Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-12:00', today, holidays);
    expect(decodeWeek(encodeWeek(hours.week))).toEqual(hours.week);
  });
});

describe('open now', () => {
  const office = compileHours('Mo-Fr 09:00-12:30,13:30-17:00; PH off', today, holidays);

  it('is open during office hours and says when it closes', () => {
    expect(statusAt(office, holidaySet, at('2026-11-23', 0, '10:00'))).toEqual({ open: true, always: false, next: { inDays: 0, weekday: 0, minutes: 750 } });
  });

  it('is closed at lunch and reopens the same day', () => {
    expect(statusAt(office, holidaySet, at('2026-11-23', 0, '13:00'))).toMatchObject({ open: false, next: { inDays: 0, minutes: 810 } });
  });

  it('is closed on Saturday and opens on Monday', () => {
    expect(statusAt(office, holidaySet, at('2026-11-28', 5, '11:00'))).toMatchObject({ open: false, next: { inDays: 2, weekday: 0, minutes: 540 } });
  });

  it('is closed on a public holiday that falls on a weekday', () => {
    expect(statusAt(office, holidaySet, at('2026-12-25', 4, '10:00'))).toMatchObject({ open: false, next: { inDays: 3, weekday: 0, minutes: 540 } });
  });

  it('is open at 3 am for an overnight schedule, closing at 8', () => {
    const night = compileHours('Mo-Su 19:00-08:00', today, holidays);
    expect(statusAt(night, holidaySet, at('2026-11-24', 1, '03:00'))).toMatchObject({ open: true, next: { inDays: 0, minutes: 480 } });
    expect(statusAt(night, holidaySet, at('2026-11-24', 1, '23:30'))).toMatchObject({ open: true, next: { inDays: 1, minutes: 480 } });
  });

  it('says 24/7 services are always open', () => {
    const always = compileHours('24/7', today, holidays);
    expect(statusAt(always, holidaySet, at('2026-12-25', 4, '03:00'))).toEqual({ open: true, always: true });
  });

  it('reads the Paris wall clock whatever the time zone', () => {
    expect(parisClock(new Date('2026-11-23T08:30:00Z'))).toEqual({ date: '2026-11-23', weekday: 0, minutes: 570 });
    expect(parisClock(new Date('2026-07-04T22:30:00Z'))).toEqual({ date: '2026-07-05', weekday: 6, minutes: 30 });
  });

  it('formats a day the French way', () => {
    expect(formatDay(office.week[0] ?? [])).toBe('9 h – 12 h 30, 13 h 30 – 17 h');
  });
});
