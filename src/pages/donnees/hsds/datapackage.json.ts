/** /donnees/hsds/datapackage.json: the Frictionless descriptor of the HSDS tables. */
import type { APIRoute } from 'astro';
import { dataPackage, jsonBody, OPEN_LICENCE } from '../../../features/opendata/index.ts';
import { loadSiteConfig } from '../../../core/site-config.ts';

export const GET: APIRoute = () => {
  const site = loadSiteConfig();
  const descriptor = dataPackage({ name: 'annuaire-clsm', title: `Annuaire : ${site.clsm.name}`, homepage: new URL('/donnees/', site.url).href, license: OPEN_LICENCE });
  return new Response(jsonBody(descriptor), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
