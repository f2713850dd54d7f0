/** /donnees/hsds/services/<id>.json: one entry as an HSDS 3.0 service, linked from its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDirectory } from '../../../../lib/resources.ts';
import { hsdsServiceOf, jsonBody } from '../../../../lib/opendata.ts';

export const getStaticPaths = (() => loadDirectory().all.map((entry) => ({ params: { id: entry.id }, props: { id: entry.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const service = hsdsServiceOf(String(props['id']));
  if (!service) return new Response(null, { status: 404 });
  return new Response(jsonBody(service), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
