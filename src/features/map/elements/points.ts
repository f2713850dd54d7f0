/**
 * Reads map points from a GeoJSON URL (fetched once per page, shared by
 * <resource-map> and <near-me>) or from an inline JSON list. Any GeoJSON
 * of points with `name` (or `title`), `url` and `place` properties works:
 * /ressources/carte.geojson, /sism/<year>/evenements.geojson.
 */
import type { MapPoint } from './types.ts';

interface Feature {
  id?: string | number;
  geometry?: { type?: string; coordinates?: [number, number] } | null;
  properties?: { id?: string; name?: string; title?: string; url?: string; place?: string } | null;
}

const cache = new Map<string, Promise<MapPoint[]>>();

/** Points of a FeatureCollection; features without a point geometry are skipped. */
export function pointsFromGeoJson(collection: { features?: Feature[] }): MapPoint[] {
  const out: MapPoint[] = [];
  for (const f of collection.features ?? []) {
    const xy = f.geometry?.type === 'Point' ? f.geometry.coordinates : undefined;
    const p = f.properties ?? {};
    const id = String(f.id ?? p.id ?? '');
    if (!xy || id === '') continue;
    out.push({ id, lon: xy[0], lat: xy[1], name: p.name ?? p.title ?? id, url: p.url ?? '', place: p.place ?? '' });
  }
  return out;
}

export function loadPoints(url: string): Promise<MapPoint[]> {
  let found = cache.get(url);
  if (!found) {
    found = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return pointsFromGeoJson((await response.json()) as { features?: Feature[] });
    });
    found.catch(() => cache.delete(url));
    cache.set(url, found);
  }
  return found;
}

/** Points from a `<script type="application/json">` list of MapPoint, or a FeatureCollection. */
export function inlinePoints(text: string): MapPoint[] {
  const data = JSON.parse(text) as MapPoint[] | { features?: Feature[] };
  return Array.isArray(data) ? data : pointsFromGeoJson(data);
}
