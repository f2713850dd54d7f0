/**
 * The one clock of the site. `now()` is the instant the build considers
 * "now" for everything that depends on the date: open now, past and
 * upcoming events, embargoes, entries due for a new check, health pages due
 * for review. CLSM_NOW (an ISO date-time) pins it, for tests and for
 * previewing the site as it will be on a given day; in the browser it is
 * the visitor's clock.
 *
 * Dates are Paris dates: event files hold Paris wall-clock times
 * ("2026-10-24T18:00") because that is what organisers announce; calendars
 * need UTC and schema.org needs the offset, which changes on the last
 * Sunday of March and of October. Pure code, usable in the browser.
 */
import { dateTimeFormat } from './intl-cache.ts';
import { withFrenchOrdinal } from './french-ordinal.ts';

export const TIME_ZONE = 'Europe/Paris';

/** The instant considered "now": CLSM_NOW when set (build side), else the system clock. */
export function now(): Date {
  // `process` does not exist in the browser, where the visitor's clock is the right one.
  const pinned = globalThis.process?.env['CLSM_NOW'];
  if (pinned) {
    const date = new Date(pinned);
    if (Number.isNaN(date.getTime())) throw new Error(`CLSM_NOW: expected an ISO date-time such as 2026-10-20T09:00:00+02:00; got "${pinned}"`);
    return date;
  }
  return new Date();
}

/** A moment as read on a clock in Paris. */
export interface WallClock {
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  /** 0 = Monday ... 6 = Sunday. */
  weekday: number;
  /** Minutes since midnight. */
  minutes: number;
}

const WEEKDAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
let parisFormat: Intl.DateTimeFormat | undefined;

/** The wall clock in Paris at an instant, whatever the visitor's time zone. */
export function parisClock(instant: Date): WallClock {
  parisFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(parisFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    weekday: WEEKDAYS_EN.indexOf(parts['weekday'] ?? ''),
    minutes: Number(parts['hour']) * 60 + Number(parts['minute']),
  };
}

/** Today's date in Paris (YYYY-MM-DD), by default at `now()`. */
export function todayInParis(instant: Date = now()): string {
  return parisClock(instant).date;
}

/** The calendar date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/**
 * The same day `months` later (YYYY-MM-DD); the month's last day when it
 * has no such day (31 August + 6 months is 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new Error(`addMonths: expected a whole number of months; got ${months}`);
  const [y, m, d] = date.split('-').map(Number);
  const firstOfTarget = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d ?? 1, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Minutes Paris is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function parisOffsetMinutes(instant: Date): number {
  const clock = parisClock(instant);
  const [y, m, d] = clock.date.split('-').map(Number);
  const asUtc = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + clock.minutes * 60_000;
  const truncated = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - truncated) / 60_000);
}

/** The instant a Paris clock shows `local` ("2026-10-24T18:00"). */
export function parisInstant(local: string): Date {
  const [date, time] = local.split('T');
  const [y, m, d] = (date ?? '').split('-').map(Number);
  const [hh, mm] = (time ?? '00:00').split(':').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  // Two passes settle the offset even right after a change.
  let instant = wall - parisOffsetMinutes(new Date(wall)) * 60_000;
  instant = wall - parisOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** "+02:00" for an offset in minutes. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** ISO 8601 with the Paris offset, for schema.org: "2026-10-24T18:00:00+02:00". */
export function parisIsoWithOffset(local: string): string {
  return `${local}:00${formatOffset(parisOffsetMinutes(parisInstant(local)))}`;
}

/** The Paris calendar date of an instant (YYYY-MM-DD). */
export function parisDate(instant: Date): string {
  return parisClock(instant).date;
}

/** Monday of the week (Monday to Sunday) that contains `date` (YYYY-MM-DD). */
export function mondayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const weekday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - weekday);
  return day.toISOString().slice(0, 10);
}

/** Every calendar date from `first` to `last` included (YYYY-MM-DD). */
export function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  const [y, m, d] = first.split('-').map(Number);
  const cursor = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  for (let i = 0; i < 400; i++) {
    const current = cursor.toISOString().slice(0, 10);
    if (current > last) break;
    dates.push(current);
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return dates;
}

/** "18 h" or "18 h 30", the way French programmes write times. */
export function formatTime(local: string): string {
  const [hh, mm] = (local.split('T')[1] ?? '00:00').split(':');
  return mm === '00' ? `${Number(hh)} h` : `${Number(hh)} h ${mm}`;
}

/** "samedi 24 octobre 2026" (or without the year). */
export function formatDay(date: string, withYear = true): string {
  const instant = new Date(`${date}T12:00:00Z`);
  return withFrenchOrdinal(dateTimeFormat('fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(instant));
}
