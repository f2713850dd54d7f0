/** The places of an edition's events as GeoJSON (RFC 7946), for the map and for re-use. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsOfEdition, loadEditions, loadEvents, type SismEdition, eventsGeoJson } from '../../../features/events/index.ts';
import { loadSiteConfig } from '../../../core/site-config.ts';

export const getStaticPaths = (() => loadEditions().map((edition) => ({ params: { year: String(edition.year) }, props: { edition } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { edition } = props as { edition: SismEdition };
  const body = eventsGeoJson(eventsOfEdition(loadEvents(), edition.year), loadSiteConfig().url);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/geo+json' } });
};
