/**
 * When a directory entry's details are due for a new check: 12 months after
 * `verifiedOn`. Used by the entry pages ("informations à vérifier"), the
 * build summary and `npm run freshness`.
 */
import { addDays, parisClock } from './weekly-hours.ts';

/** How long a check stays valid. */
export const FRESHNESS_MONTHS = 12;

/** Today's date in Paris (YYYY-MM-DD); the build's idea of "now". */
export function todayInParis(now: Date = new Date()): string {
  return parisClock(now).date;
}

/** The date after which an entry verified on `verifiedOn` is overdue (same day, 12 months later). */
export function dueDate(verifiedOn: string): string {
  const [y, m, d] = verifiedOn.split('-').map(Number);
  const due = new Date(Date.UTC((y ?? 1970) + FRESHNESS_MONTHS / 12, (m ?? 1) - 1, d ?? 1));
  return addDays(due.toISOString().slice(0, 10), 0);
}

/** True when the entry was last verified more than 12 months before `today`. */
export function isStale(verifiedOn: string, today: string): boolean {
  return dueDate(verifiedOn) < today;
}
