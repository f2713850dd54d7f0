/**
 * <open-status data-week="…" [data-holiday="…"] [data-dates="…"]>: says
 * whether a place is open now and when that changes, in Paris time.
 * Without JavaScript the page still shows the weekly hours it was built with.
 */
import { decodeDates, decodeWeek, formatTime, type WeeklyHours } from '../weekly-hours.ts';
import { define } from '../../../core/element.ts';
import { computeStatus, DirectoryElement } from './directory-data.ts';

export class OpenStatus extends DirectoryElement {
  protected enhance(): void {
    this.update();
  }

  /** The weekly hours carried by the element, if any. */
  hours(): WeeklyHours | undefined {
    const week = this.dataset['week'];
    if (week === undefined) return undefined;
    const holiday = this.dataset['holiday'];
    const dates = this.dataset['dates'];
    return { week: decodeWeek(week), holiday: holiday === undefined ? undefined : decodeWeek(holiday), dates: dates === undefined ? undefined : decodeDates(dates) };
  }

  update(): void {
    if (this.hasAttribute('data-temporarily-closed')) {
      this.render(this.text('directory.status.temporarilyClosed'), 'closed');
      return;
    }
    const hours = this.hours();
    if (!hours) return;
    const status = computeStatus(hours);
    this.render(this.describeStatus(status, (minutes) => formatTime(minutes, document.documentElement.lang)), status.open ? 'open' : 'closed');
  }

  private render(text: string, state: 'open' | 'closed'): void {
    this.dataset['state'] = state;
    this.textContent = text;
  }
}

define('open-status', OpenStatus);
