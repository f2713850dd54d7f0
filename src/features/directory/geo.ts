/**
 * Distances and place matching for "Autour de moi", computed in the
 * browser as well as at build time: nothing here sends anything anywhere.
 */
import { slugify } from '../../core/slug.ts';
import { numberFormat } from '../../core/intl-cache.ts';

/** A point in WGS84 decimal degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** A commune as far as matching is concerned (a subset of site.yaml's commune). */
export interface CommunePlace {
  name: string;
  postcodes: readonly string[];
  centre: LatLon;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres (haversine): plenty precise at a territory's scale. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "0,4 km", "2,3 km", "12 km": one decimal under 10 km, in the visitor's language. */
export function formatKm(km: number, locale = 'fr-FR'): string {
  const digits = km < 10 ? 1 : 0;
  return `${numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(km)} km`;
}

/** Items sorted by distance from `origin`, nearest first, each with its distance. */
export function byDistance<T>(items: readonly T[], origin: LatLon, pointOf: (item: T) => LatLon | undefined): { item: T; km: number }[] {
  const out: { item: T; km: number }[] = [];
  for (const item of items) {
    const point = pointOf(item);
    if (point) out.push({ item, km: distanceKm(origin, point) });
  }
  return out.sort((a, b) => a.km - b.km);
}

/**
 * The commune a typed address names, by postcode first ("69500") then by
 * name ("decines", "Vaulx en Velin"), accents and case ignored. Returns
 * undefined when nothing or more than one commune matches.
 */
export function matchCommune<C extends CommunePlace>(text: string, communes: readonly C[]): C | undefined {
  const postcodes = text.match(/\b\d{5}\b/g) ?? [];
  for (const code of postcodes) {
    const found = communes.filter((c) => c.postcodes.includes(code));
    if (found.length === 1) return found[0];
  }
  const typed = `-${slugify(text)}-`;
  if (typed === '--') return undefined;
  const byName = communes.filter((c) => {
    const name = slugify(c.name);
    // The full name, or its first part ("decines" for "Décines-Charpieu") when that is at least 4 letters.
    const first = name.split('-')[0] ?? name;
    return typed.includes(`-${name}-`) || (first.length >= 4 && typed.includes(`-${first}-`));
  });
  return byName.length === 1 ? byName[0] : undefined;
}
