/** /donnees/ressources.geojson: the directory's places as GeoJSON (RFC 7946). */
import type { APIRoute } from 'astro';
import { loadDirectory } from '../../lib/resources.ts';
import { loadSiteConfig } from '../../lib/site-config.ts';
import { directoryGeoJson } from '../../lib/geojson.ts';
import { jsonBody } from '../../lib/opendata.ts';

export const GET: APIRoute = () => {
  const directory = loadDirectory();
  return new Response(jsonBody(directoryGeoJson(directory.listed, directory.taxonomy, loadSiteConfig().url)), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};
