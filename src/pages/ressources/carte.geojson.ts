/**
 * /ressources/carte.geojson: every listed entry that has a place, as map
 * points. <resource-map> fetches it when the visitor opens the map.
 */
import type { APIRoute } from 'astro';
import { loadDirectory, resourcePoints } from '../../features/directory/index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(resourcePoints(loadDirectory().listed)), { headers: { 'Content-Type': 'application/geo+json' } });
