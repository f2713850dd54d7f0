/** How an event's date, time and price read on a page, in French. */
import type { SiteEvent } from './events.ts';
import { formatDay, formatTime } from '../../core/clock.ts';
import { translate } from '../../core/i18n/i18n.ts';

/** "de 18 h à 20 h 30". */
export function timeRange(event: SiteEvent): string {
  return translate('fr', 'event.timeRange', { start: formatTime(event.start), end: formatTime(event.end) });
}

/** "samedi 24 octobre 2026, de 18 h à 20 h 30", or "Du … au …, de … à …" over several days. */
export function whenText(event: SiteEvent, withDate = true, withYear = true): string {
  const first = event.days[0] ?? event.start.slice(0, 10);
  const last = event.days.at(-1) ?? first;
  if (first !== last) {
    const range = translate('fr', 'event.dateRange', { start: formatDay(first, false), end: formatDay(last, withYear) });
    return `${range}, ${timeRange(event)}`;
  }
  return withDate ? `${formatDay(first, withYear)}, ${timeRange(event)}` : timeRange(event);
}

/** "Gratuit" or "4 €". */
export function priceText(event: SiteEvent): string {
  return event.free ? translate('fr', 'event.free') : translate('fr', 'event.price', { price: event.price.toLocaleString('fr-FR') });
}
