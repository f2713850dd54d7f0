/**
 * The events of a programme as a GeoJSON FeatureCollection (RFC 7946:
 * WGS84, [longitude, latitude]), for the map element and for re-use.
 */
import type { SiteEvent } from './events.ts';
import { eventPath } from './events.ts';
import { parisIsoWithOffset } from '../../core/clock.ts';
import { placeLine } from './event-ics.ts';

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    title: string;
    start: string;
    end: string;
    type: string;
    commune: string;
    place: string;
    free: boolean;
    url: string;
    resourceId?: string;
  };
}

/** A FeatureCollection with one point per event. */
export function eventsGeoJson(events: readonly SiteEvent[], siteUrl: string): { type: 'FeatureCollection'; features: EventFeature[] } {
  return {
    type: 'FeatureCollection',
    features: events.map((event) => ({
      type: 'Feature',
      id: event.id,
      geometry: { type: 'Point', coordinates: [event.location.coordinates.lon, event.location.coordinates.lat] },
      properties: {
        title: event.title,
        start: parisIsoWithOffset(event.start),
        end: parisIsoWithOffset(event.end),
        type: event.type,
        commune: event.location.commune,
        place: placeLine(event),
        free: event.free,
        url: new URL(eventPath(event.id), siteUrl).href,
        ...(event.location.resourceId ? { resourceId: event.location.resourceId } : {}),
      },
    })),
  };
}
