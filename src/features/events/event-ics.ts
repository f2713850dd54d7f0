/**
 * iCalendar (RFC 5545) files of events, written by ical-generator: one per
 * event ("Ajouter à mon agenda"), one per SISM programme and one of all
 * upcoming events (subscriptions). Times are written in UTC ("Z"), which
 * every calendar reads correctly on both sides of a daylight-saving change
 * without a VTIMEZONE block. The UID is built from the event id, so an
 * updated event replaces the old one in a subscribed calendar.
 *
 * An event over several days with daily hours (an exhibition open 10:00 to
 * 18:00 from the 14th to the 26th) is one calendar event per day with those
 * hours, not one block of 272 hours that fills every calendar day and night.
 * A daily RRULE would need a VTIMEZONE to keep 10:00 across the October
 * change of time; separate days in UTC need none.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { SiteEvent } from './events.ts';
import { eventPath } from './events.ts';
import { translate } from '../../core/i18n/i18n.ts';
import { parisInstant } from '../../core/clock.ts';

export interface CalendarOptions {
  /** Calendar name shown by calendar apps. */
  name: string;
  /** Public address of the site, for links and UIDs. */
  siteUrl: string;
  /** Calendar description. */
  description?: string;
  /** DTSTAMP of every event; default now. */
  stamp?: Date;
}

/** Address on one line: "salle 2, 12 rue X, 69100 Villeurbanne". */
export function addressLine(event: SiteEvent): string {
  const l = event.location;
  return [l.complement, l.street, `${l.postcode} ${l.commune}`].filter(Boolean).join(', ');
}

/** Place and address on one line: "Médiathèque, 12 rue X, 69100 Villeurbanne". */
export function placeLine(event: SiteEvent): string {
  return `${event.location.name}, ${addressLine(event)}`;
}

/** Stable unique id of an event in every calendar. */
export function eventUid(event: SiteEvent, siteUrl: string): string {
  return `${event.id}@${new URL(siteUrl).hostname}`;
}

/** Plain-text description: the event's text, then price and registration. */
function descriptionText(event: SiteEvent, url: string): string {
  const price = event.free ? translate('fr', 'event.free') : translate('fr', 'event.price', { price: event.price });
  const lines = [event.description.trim(), '', price];
  const r = event.registration;
  if (r.kind === 'link') lines.push(`${translate('fr', 'event.registration.title')} : ${r.url}`);
  if (r.kind === 'phone') lines.push(`${translate('fr', 'event.registration.title')} : ${r.phone}`);
  if (r.kind === 'email') lines.push(`${translate('fr', 'event.registration.title')} : ${r.email}`);
  lines.push('', `${translate('fr', 'event.organisers')} : ${event.organisers.map((o) => o.name).join(', ')}`, url);
  return lines.join('\n');
}

/** One time slot of an event in a calendar. */
export interface Occurrence {
  uid: string;
  start: Date;
  end: Date;
}

/**
 * The slots of an event: one per day at the daily hours when it spans
 * several days and ends later in the day than it starts; otherwise the event
 * as written (one day, or a night that runs past midnight).
 */
export function occurrences(event: SiteEvent, siteUrl: string): Occurrence[] {
  const uid = eventUid(event, siteUrl);
  const startTime = event.start.slice(11);
  const endTime = event.end.slice(11);
  if (event.days.length <= 1 || endTime <= startTime) return [{ uid, start: event.startInstant, end: event.endInstant }];
  const [id, host] = uid.split('@');
  return event.days.map((day) => ({ uid: `${id}-${day}@${host}`, start: parisInstant(`${day}T${startTime}`), end: parisInstant(`${day}T${endTime}`) }));
}

const STATUS = {
  scheduled: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

/** An iCalendar file holding `events`. */
export function eventsCalendar(events: readonly SiteEvent[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: new URL(options.siteUrl).hostname, product: 'clsm-site-kit', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    url: options.siteUrl,
    ...(options.description ? { description: options.description } : {}),
  });
  for (const event of events) {
    const url = new URL(eventPath(event.id), options.siteUrl).href;
    for (const slot of occurrences(event, options.siteUrl)) calendar.createEvent({
      id: slot.uid,
      start: slot.start,
      end: slot.end,
      stamp: options.stamp ?? new Date(),
      summary: event.status === 'cancelled' ? `${translate('fr', 'event.status.cancelled')} : ${event.title}` : event.title,
      description: descriptionText(event, url),
      location: {
        title: event.location.name,
        address: addressLine(event),
        geo: { lat: event.location.coordinates.lat, lon: event.location.coordinates.lon },
      },
      url,
      status: STATUS[event.status],
      categories: [{ name: translate('fr', `event.type.${event.type}`) }],
    });
  }
  return calendar.toString();
}
