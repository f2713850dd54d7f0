/**
 * Opening hours as a compact weekly table, and "open now" computed from it.
 * Pure code with no dependency, shared by the build and the browser: the
 * `opening_hours` library (130 kB gzipped) turns an OSM value into this
 * table at build time (see hours.ts), with the dated days of the coming
 * year the table gets wrong, so no page downloads the library.
 */
import { addDays, type WallClock } from '../../core/clock.ts';

/** Minutes since midnight: [opens, closes), closes at most 1440. */
export type Interval = readonly [number, number];

/** The intervals of one day, in order. */
export type DayIntervals = readonly Interval[];

/** A week of hours, Monday (index 0) to Sunday (index 6). */
export interface WeeklyHours {
  /** An ordinary week. */
  week: readonly DayIntervals[];
  /** Hours on a public holiday, by weekday; absent when holidays are ordinary days. */
  holiday?: readonly DayIntervals[] | undefined;
  /** Days of the coming year whose hours the table gets wrong (seasons, monthly days, dated closures), by date YYYY-MM-DD. */
  dates?: Readonly<Record<string, DayIntervals>> | undefined;
}

/** Whether a place is open at a moment, and when that changes. */
export interface HoursStatus {
  open: boolean;
  /** Open all the time in the period looked at (24/7). */
  always: boolean;
  /** Next opening or closing, within the next eight days. */
  next?: { inDays: number; weekday: number; minutes: number } | undefined;
}

const MINUTES_PER_DAY = 1440;

/** The hours of one calendar day, taking public holidays into account. */
export function hoursOn(hours: WeeklyHours, date: string, weekday: number, holidays: ReadonlySet<string>): DayIntervals {
  const dated = hours.dates?.[date];
  if (dated) return dated;
  const table = hours.holiday && holidays.has(date) ? hours.holiday : hours.week;
  return table[weekday] ?? [];
}

/** True when the place is open on that weekday at that time in an ordinary week. */
export function isOpenOn(hours: WeeklyHours, weekday: number, minutes: number): boolean {
  return (hours.week[weekday] ?? []).some(([start, end]) => start <= minutes && minutes < end);
}

/**
 * Open or closed at `now`, and the next change within eight days. Days are
 * laid end to end so that a night opening (22:00-06:00) reads as one span.
 */
export function statusAt(hours: WeeklyHours, holidays: ReadonlySet<string>, now: WallClock): HoursStatus {
  const horizon = 8;
  const spans: [number, number][] = [];
  for (let day = 0; day <= horizon; day += 1) {
    const date = addDays(now.date, day);
    const weekday = (now.weekday + day) % 7;
    for (const [start, end] of hoursOn(hours, date, weekday, holidays)) {
      const from = day * MINUTES_PER_DAY + start;
      const to = day * MINUTES_PER_DAY + end;
      const last = spans.at(-1);
      if (last && last[1] >= from) last[1] = Math.max(last[1], to);
      else spans.push([from, to]);
    }
  }
  const t = now.minutes;
  const end = (horizon + 1) * MINUTES_PER_DAY;
  const current = spans.find(([from, to]) => from <= t && t < to);
  const at = (m: number) => ({ inDays: Math.floor(m / MINUTES_PER_DAY), weekday: (now.weekday + Math.floor(m / MINUTES_PER_DAY)) % 7, minutes: m % MINUTES_PER_DAY });
  if (current) {
    if (current[0] <= 0 && current[1] >= end) return { open: true, always: true };
    return { open: true, always: false, next: at(current[1]) };
  }
  const upcoming = spans.find(([from]) => from > t);
  return { open: false, always: false, next: upcoming ? at(upcoming[0]) : undefined };
}

/**
 * A time the way readers of `lang` write it: French "9 h", "12 h 30", "0 h";
 * any other language the 24-hour clock used in France, "9:00", "12:30".
 * (A plain string, not a Language type: browser elements pass <html lang>.)
 */
export function formatTime(minutes: number, lang = 'fr'): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  if (lang !== 'fr') return `${h}:${String(m).padStart(2, '0')}`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** "9 h – 12 h 30, 13 h 30 – 17 h" for one day ("9:00 – 12:30, …" outside French). */
export function formatDay(day: DayIntervals, lang = 'fr'): string {
  const wholeDay = lang === 'fr' ? '0 h – 24 h' : '0:00 – 24:00';
  return day.map(([start, end]) => (start === 0 && end === MINUTES_PER_DAY ? wholeDay : `${formatTime(start, lang)} – ${formatTime(end, lang)}`)).join(', ');
}

/** Serialises a table to a short string for data attributes and the JSON index: "540-720,780-1020|...". */
export function encodeWeek(days: readonly DayIntervals[]): string {
  return days.map((day) => day.map(([s, e]) => `${s}-${e}`).join(',')).join('|');
}

function decodeDay(day: string): DayIntervals {
  return day === '' ? [] : day.split(',').map((pair): Interval => {
    const [s, e] = pair.split('-').map(Number);
    return [s ?? 0, e ?? 0];
  });
}

/** Reads a table written by encodeWeek. */
export function decodeWeek(text: string): DayIntervals[] {
  const days = text.split('|').map(decodeDay);
  while (days.length < 7) days.push([]);
  return days;
}

/** Serialises dated days: "2026-12-24=540-720|2026-12-31=". */
export function encodeDates(dates: Readonly<Record<string, DayIntervals>>): string {
  return Object.entries(dates).map(([date, day]) => `${date}=${encodeWeek([day])}`).join('|');
}

/** Reads dated days written by encodeDates. */
export function decodeDates(text: string): Record<string, DayIntervals> {
  return Object.fromEntries(text.split('|').filter((part) => part.includes('=')).map((part) => [part.slice(0, part.indexOf('=')), decodeDay(part.slice(part.indexOf('=') + 1))]));
}
