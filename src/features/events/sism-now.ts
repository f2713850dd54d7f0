/**
 * "What's on today / this week" for an edition, at an instant: shared by
 * the build (the page as built) and <sism-now> (the page as the visitor's
 * clock sees it).
 */
import { parisDate } from '../../core/clock.ts';
import { weekOf } from './event-filters.ts';

export interface NowEvent {
  id: string;
  days: readonly string[];
  /** End in milliseconds since the epoch. */
  end: number;
}

export interface SismNow {
  /** Before the first day, during the edition, or after the last day. */
  state: 'before' | 'during' | 'after';
  /** Events on today's date that have not ended. */
  today: string[];
  /** Other events this week (Monday to Sunday) that have not ended. */
  week: string[];
}

export function sismNow(events: readonly NowEvent[], startDate: string, endDate: string, now: Date): SismNow {
  const today = parisDate(now);
  const state = today < startDate ? 'before' : today > endDate ? 'after' : 'during';
  const week = weekOf(today);
  const running = events.filter((e) => e.end > now.getTime());
  const todayIds = running.filter((e) => e.days.includes(today)).map((e) => e.id);
  const weekIds = running.filter((e) => !todayIds.includes(e.id) && e.days.some((d) => week.includes(d))).map((e) => e.id);
  return { state, today: todayIds, week: weekIds };
}
