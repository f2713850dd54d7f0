/**
 * OpenStreetMap `opening_hours` values: validation with the `opening_hours`
 * library (French public holidays included) and conversion to the compact
 * weekly table of weekly-hours.ts. Build-time only: the library is large.
 */
import opening_hours from 'opening_hours';
import type { DayIntervals, Interval, WeeklyHours } from './weekly-hours.ts';
import { addDays } from '../../core/clock.ts';

/** Where the hours apply: France, so that `PH` means French public holidays. */
export interface HoursPlace {
  lat: number;
  lon: number;
  /** Region name; only Alsace-Moselle has extra holidays. */
  state?: string;
}

/** Mainland France, used when no place is given. */
export const FRANCE: HoursPlace = { lat: 46.6, lon: 2.4 };

/** What an `hours` field accepts, in words, for error messages. */
export const HOURS_EXPECTED =
  'OpenStreetMap opening_hours syntax such as "Mo-Fr 09:00-12:30,13:30-17:00; PH off" or "24/7" (see https://wiki.openstreetmap.org/wiki/Key:opening_hours)';

function nominatim(place: HoursPlace) {
  return { lat: place.lat, lon: place.lon, address: { country_code: 'fr', state: place.state ?? '' } };
}

/** Parses an opening_hours value for France; throws on a syntax error. */
export function parseHours(value: string, place: HoursPlace = FRANCE): opening_hours {
  return new opening_hours(value, nominatim(place));
}

/** Why a value is not acceptable, or undefined when it is. Warnings count: they flag ambiguous hours. */
export function hoursProblem(value: string, place: HoursPlace = FRANCE): string | undefined {
  // Importers check thousands of rows sharing a few values: parse each value once.
  const key = `${value}\u0000${place.lat},${place.lon},${place.state ?? ''}`;
  if (problems.has(key)) return problems.get(key);
  const problem = hoursProblemUncached(value, place);
  problems.set(key, problem);
  return problem;
}

const problems = new Map<string, string | undefined>();

function hoursProblemUncached(value: string, place: HoursPlace): string | undefined {
  let oh: opening_hours;
  try {
    oh = parseHours(value, place);
  } catch (error) {
    return `"${value}" is not valid opening hours (${String(error).replace(/\s+/g, ' ').trim()}): expected ${HOURS_EXPECTED}`;
  }
  const warnings = oh.getWarnings();
  if (warnings.length > 0) {
    return `"${value}" is ambiguous (${warnings.join(' ').replace(/\s+/g, ' ').trim()}): expected ${HOURS_EXPECTED}`;
  }
  return undefined;
}

function localDate(date: string, hour = 0): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour);
}

function isoLocal(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Monday = 0 ... Sunday = 6 for a YYYY-MM-DD date. */
export function weekdayOf(date: string): number {
  return (localDate(date, 12).getDay() + 6) % 7;
}

/** French public holidays (YYYY-MM-DD) from `from` for `days` days. */
export function publicHolidays(from: string, days: number, place: HoursPlace = FRANCE): string[] {
  const oh = parseHours('PH', place);
  return oh.getOpenIntervals(localDate(from), localDate(addDays(from, days))).map(([start]) => isoLocal(start));
}

/** Open intervals per calendar day between two dates, in minutes since midnight. */
function intervalsByDay(oh: opening_hours, from: string, days: number): Map<string, Interval[]> {
  const result = new Map<string, Interval[]>();
  for (let i = 0; i < days; i += 1) result.set(addDays(from, i), []);
  for (const [start, end] of oh.getOpenIntervals(localDate(from), localDate(addDays(from, days)))) {
    let cursor = start;
    while (cursor < end) {
      const date = isoLocal(cursor);
      const nextMidnight = localDate(addDays(date, 1));
      const stop = end < nextMidnight ? end : nextMidnight;
      const startMin = cursor.getHours() * 60 + cursor.getMinutes();
      const endMin = stop.getTime() === nextMidnight.getTime() ? 1440 : stop.getHours() * 60 + stop.getMinutes();
      if (endMin > startMin) result.get(date)?.push([startMin, endMin]);
      cursor = stop;
    }
  }
  return result;
}

function sameDay(a: DayIntervals, b: DayIntervals): boolean {
  return a.length === b.length && a.every(([s, e], i) => b[i]?.[0] === s && b[i]?.[1] === e);
}

/** A compact table of an opening_hours value, and whether it is exact. */
export interface CompiledHours extends WeeklyHours {
  /**
   * True when the weekly table plus the holiday list reproduce the library's
   * answer for every day of the next year. When false (seasonal hours,
   * dated closures), `dates` holds the days the table gets wrong.
   */
  exact: boolean;
}

/**
 * Turns an opening_hours value into a weekly table (an ordinary week with
 * no holiday), the hours of a public holiday for each weekday, and checks
 * the table against the library day by day for a year from `today`.
 */
export function compileHours(value: string, today: string, holidays: readonly string[], place: HoursPlace = FRANCE): CompiledHours {
  // Many entries share the same hours: compile each value once per build.
  const key = `${value}\u0000${today}\u0000${place.lat},${place.lon},${place.state ?? ''}\u0000${holidays.length}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const result = compileUncached(value, today, holidays, place);
  compiled.set(key, result);
  return result;
}

const compiled = new Map<string, CompiledHours>();

function compileUncached(value: string, today: string, holidays: readonly string[], place: HoursPlace): CompiledHours {
  const oh = parseHours(value, place);
  const span = 366;
  const days = intervalsByDay(oh, today, span);
  const holidaySet = new Set(holidays);
  // The first full week after a week from now with no public holiday and no clock change.
  let monday = addDays(today, 7);
  while (weekdayOf(monday) !== 0) monday = addDays(monday, 1);
  const clean = (m: string) =>
    Array.from({ length: 7 }, (_, i) => addDays(m, i)).every((d) => !holidaySet.has(d)) &&
    localDate(m).getTimezoneOffset() === localDate(addDays(m, 7)).getTimezoneOffset();
  while (!clean(monday)) monday = addDays(monday, 7);
  const week = Array.from({ length: 7 }, (_, i) => days.get(addDays(monday, i)) ?? []);

  const holidayWeek: (DayIntervals | undefined)[] = Array.from({ length: 7 }, () => undefined);
  for (const date of holidays) {
    const weekday = weekdayOf(date);
    if (holidayWeek[weekday] === undefined) holidayWeek[weekday] = days.get(date) ?? intervalsByDay(oh, date, 1).get(date) ?? [];
  }
  const holiday = holidayWeek.map((day, i) => day ?? week[i] ?? []);
  const holidayDiffers = holiday.some((day, i) => !sameDay(day, week[i] ?? []));
  const table: WeeklyHours = { week, holiday: holidayDiffers ? holiday : undefined };

  // Every day of the coming year the table gets wrong is kept with its
  // hours, so the browser never needs the library (130 kB gzipped, a long
  // task on a cheap phone). A site is rebuilt well within a year.
  const dates: Record<string, DayIntervals> = {};
  for (let i = 0; i < span; i += 1) {
    const date = addDays(today, i);
    const expected = days.get(date) ?? [];
    const weekday = weekdayOf(date);
    const hours = table.holiday && holidaySet.has(date) ? table.holiday : table.week;
    if (!sameDay(expected, hours[weekday] ?? [])) dates[date] = expected;
  }
  const exact = Object.keys(dates).length === 0;
  return { ...table, ...(exact ? {} : { dates }), exact };
}
