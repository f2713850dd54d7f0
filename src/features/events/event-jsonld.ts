/**
 * schema.org `Event` for an event page, with the fields search engines
 * require or recommend: name, startDate and endDate with the Paris offset,
 * location (Place with a PostalAddress), eventStatus, eventAttendanceMode,
 * organizer, offers (price and availability) and description.
 */
import type { SiteEvent } from './events.ts';
import { eventPath } from './events.ts';
import { parisIsoWithOffset } from '../../core/clock.ts';

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const;

export interface EventJsonLdOptions {
  siteUrl: string;
  /** Absolute URL of an image (the edition's poster). */
  image?: string | undefined;
}

/** The JSON-LD object of an event. */
export function eventJsonLd(event: SiteEvent, options: EventJsonLdOptions): Record<string, unknown> {
  const url = new URL(eventPath(event.id), options.siteUrl).href;
  const l = event.location;
  const registrationUrl = event.registration.kind === 'link' ? event.registration.url : url;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.description.trim(),
    startDate: parisIsoWithOffset(event.start),
    endDate: parisIsoWithOffset(event.end),
    eventStatus: STATUS[event.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    url,
    ...(options.image ? { image: [options.image] } : {}),
    location: {
      '@type': 'Place',
      name: l.name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: [l.street, l.complement].filter(Boolean).join(', '),
        postalCode: l.postcode,
        addressLocality: l.commune,
        addressCountry: 'FR',
      },
      geo: { '@type': 'GeoCoordinates', latitude: l.coordinates.lat, longitude: l.coordinates.lon },
    },
    organizer: event.organisers.map((o) => ({ '@type': 'Organization', name: o.name, ...(o.url ? { url: o.url } : {}) })),
    offers: {
      '@type': 'Offer',
      price: event.price,
      priceCurrency: 'EUR',
      availability: event.status === 'cancelled' ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
      url: registrationUrl,
    },
    isAccessibleForFree: event.free,
    inLanguage: 'fr',
  };
}
