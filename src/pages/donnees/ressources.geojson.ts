/** /donnees/ressources.geojson: the directory's places as GeoJSON (RFC 7946). */
import type { APIRoute } from 'astro';
import { loadDirectory } from '../../features/directory/index.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { directoryGeoJson, jsonBody } from '../../features/opendata/index.ts';

export const GET: APIRoute = () => {
  const directory = loadDirectory();
  return new Response(jsonBody(directoryGeoJson(directory.listed, directory.taxonomy, loadSiteConfig().url)), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};
