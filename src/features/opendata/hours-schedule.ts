/**
 * Opening hours between OpenStreetMap syntax and HSDS 3.0 `schedule`
 * objects (iCalendar-style weekly rules: freq WEEKLY, byday, opens_at,
 * closes_at). A weekly table maps exactly onto such rules; what rules
 * cannot say (public holidays, seasons, dated closures) stays in the
 * original string, which every schedule carries in `description` so the
 * round trip is lossless.
 */
import type { DayIntervals, Interval } from '../directory/index.ts';

/** iCalendar day codes, Monday first like the weekly table. */
export const ICAL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** One weekly rule: these days, from opens to closes (minutes since midnight). */
export interface WeeklyRule {
  days: number[];
  opens: number;
  closes: number;
}

/** "HH:MM:SS" for HSDS; midnight at the end of a day is 23:59:59 (JSON Schema `time` has no 24:00). */
export function hsdsTime(minutes: number): string {
  if (minutes >= 1440) return '23:59:59';
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
}

/** Minutes since midnight from "HH:MM" or "HH:MM:SS"; 23:59:59 (or later) is the end of the day. */
export function parseTime(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? 0);
  if (hours > 24 || minutes > 59 || seconds > 59) return undefined;
  if (hours === 23 && minutes === 59 && seconds === 59) return 1440;
  return Math.min(hours * 60 + minutes, 1440);
}

/** The weekly rules of a table: one per distinct interval, with every day that has it. */
export function weeklyRules(week: readonly DayIntervals[]): WeeklyRule[] {
  const rules = new Map<string, WeeklyRule>();
  week.forEach((intervals, day) => {
    for (const [opens, closes] of intervals) {
      const key = `${opens}-${closes}`;
      const rule = rules.get(key) ?? { days: [], opens, closes };
      rule.days.push(day);
      rules.set(key, rule);
    }
  });
  return [...rules.values()].sort((a, b) => a.opens - b.opens || a.closes - b.closes || (a.days[0] ?? 0) - (b.days[0] ?? 0));
}

/** The weekly table described by rules (the inverse of weeklyRules). */
export function weekFromRules(rules: readonly WeeklyRule[]): Interval[][] {
  const week: Interval[][] = Array.from({ length: 7 }, () => []);
  for (const rule of rules) for (const day of rule.days) week[day]?.push([rule.opens, rule.closes]);
  for (const day of week) day.sort((a, b) => a[0] - b[0]);
  return week;
}

function osmTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "Mo-Fr", "Mo,We,Fr", "Mo-We,Sa" from day indexes. */
export function osmDays(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i += 1) {
    const day = sorted[i] ?? 0;
    const next = sorted[i + 1];
    if (next === day + 1) continue;
    const from = start ?? day;
    parts.push(from === day ? OSM_DAYS[day] ?? '' : day === from + 1 ? `${OSM_DAYS[from]},${OSM_DAYS[day]}` : `${OSM_DAYS[from]}-${OSM_DAYS[day]}`);
    start = next;
  }
  return parts.join(',');
}

/** An OpenStreetMap opening_hours value for a weekly table ("24/7" when always open). */
export function weekToOsm(week: readonly DayIntervals[]): string | undefined {
  if (week.every((day) => day.length === 1 && day[0]?.[0] === 0 && day[0]?.[1] === 1440)) return '24/7';
  const groups = new Map<string, number[]>();
  week.forEach((intervals, day) => {
    if (intervals.length === 0) return;
    const key = intervals.map(([s, e]) => `${osmTime(s)}-${osmTime(e)}`).join(',');
    groups.set(key, [...(groups.get(key) ?? []), day]);
  });
  if (groups.size === 0) return undefined;
  return [...groups.entries()]
    .sort((a, b) => (a[1][0] ?? 0) - (b[1][0] ?? 0))
    .map(([times, days]) => `${osmDays(days)} ${times}`)
    .join('; ');
}
