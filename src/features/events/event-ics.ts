/**
 * iCalendar (RFC 5545) files of events, written by ical-generator: one per
 * event ("Ajouter à mon agenda"), one per SISM programme and one of all
 * upcoming events (subscriptions). Times are written in UTC ("Z"), which
 * every calendar reads correctly on both sides of a daylight-saving change
 * without a VTIMEZONE block. The UID is built from the event id, so an
 * updated event replaces the old one in a subscribed calendar.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { SiteEvent } from './events.ts';
import { eventPath } from './events.ts';
import { translate } from '../../core/i18n/i18n.ts';

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
    calendar.createEvent({
      id: eventUid(event, options.siteUrl),
      start: event.startInstant,
      end: event.endInstant,
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
