/**
 * /map/territory.geojson: the territory outline drawn under the markers
 * when there is no basemap, copied from `content/territory.geojson` (an
 * empty collection when the CLSM has none; the map then does not ask).
 */
import type { APIRoute } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { contentPath } from '../../core/content-dir.ts';

export const GET: APIRoute = () => {
  const file = contentPath('territory.geojson');
  let body = '{"type":"FeatureCollection","features":[]}';
  if (existsSync(file)) {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { type?: unknown };
    if (parsed.type !== 'FeatureCollection' && parsed.type !== 'Feature') throw new Error(`${file}: (root): expected a GeoJSON FeatureCollection or Feature`);
    body = JSON.stringify(parsed);
  }
  return new Response(body, { headers: { 'Content-Type': 'application/geo+json' } });
};
