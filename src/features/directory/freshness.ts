/**
 * When a directory entry's details are due for a new check: 12 months after
 * `verifiedOn`. Used by the entry pages ("informations à vérifier"), the
 * build summary and `npm run freshness`. "Today" is the site's one clock
 * (core/clock.ts), so CLSM_NOW moves it like everything else.
 */
import { addMonths } from '../../core/clock.ts';

/** How long a check stays valid, in months. */
export const FRESHNESS_MONTHS = 12;

/** The date after which an entry verified on `verifiedOn` is overdue (same day, `months` later). */
export function dueDate(verifiedOn: string, months: number = FRESHNESS_MONTHS): string {
  return addMonths(verifiedOn, months);
}

/** True when the entry was never checked (imported) or last checked more than FRESHNESS_MONTHS before `today`. */
export function isStale(verifiedOn: string | undefined, today: string): boolean {
  return verifiedOn === undefined || dueDate(verifiedOn) < today;
}
