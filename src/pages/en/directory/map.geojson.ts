/** /en/directory/map.geojson: the map points, linking to the English entry pages (see /ressources/carte.geojson). */
import type { APIRoute } from 'astro';
import { loadDirectory, resourcePoints } from '../../../features/directory/index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(resourcePoints(loadDirectory().listed, 'en')), { headers: { 'Content-Type': 'application/geo+json' } });
