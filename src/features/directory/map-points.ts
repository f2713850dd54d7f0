/**
 * Directory entries as map points: a GeoJSON FeatureCollection (RFC 7946,
 * [longitude, latitude]) with just what a marker needs, so the file stays
 * small with thousands of entries. The same shape is read from any GeoJSON
 * with `name` or `title`, `url` and `place` properties (SISM events).
 */
import type { Resource } from './resources.ts';
import { entryPath, placeLine } from './directory-view.ts';
import type { Language } from '../../core/schema/site.ts';

export interface MapFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { name: string; url: string; place: string };
}

export interface MapFeatureCollection {
  type: 'FeatureCollection';
  features: MapFeature[];
}

/** Rounded to 5 decimals (about 1 m): more is noise and bytes. */
const round = (value: number) => Math.round(value * 1e5) / 1e5;

/** Points whose links and place lines are in `lang` (the directory's pages in that language). */
export function resourcePoints(entries: readonly Resource[], lang: Language = 'fr'): MapFeatureCollection {
  const features: MapFeature[] = [];
  for (const entry of entries) {
    const location = entry.location;
    if (!location) continue;
    features.push({
      type: 'Feature',
      id: entry.id,
      geometry: { type: 'Point', coordinates: [round(location.coordinates.lon), round(location.coordinates.lat)] },
      properties: { name: entry.name, url: entryPath(entry, lang), place: placeLine(lang, entry) },
    });
  }
  return { type: 'FeatureCollection', features };
}
