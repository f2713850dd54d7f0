/**
 * Paris wall-clock times ("2026-10-24T18:00") to instants and back. Event
 * files hold wall-clock times because that is what organisers announce;
 * calendars need UTC and schema.org needs the offset, which changes on the
 * last Sunday of March and of October. Pure code, usable in the browser.
 */
import { parisClock } from '../features/directory/weekly-hours.ts';
import { dateTimeFormat } from './intl-cache.ts';

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
  return dateTimeFormat('fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(instant);
}
