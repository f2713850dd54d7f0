/** /donnees/hsds/services/<id>.json in `astro dev`; the build writes these files itself (src/features/opendata/entry-files-integration.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDirectory } from '../../directory/index.ts';
import { entryHsds } from '../entry-files.ts';

export const getStaticPaths = (() => loadDirectory().all.map((entry) => ({ params: { id: entry.id }, props: { id: entry.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = ({ props }) => {
  const body = entryHsds(props.id);
  return body ? new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } }) : new Response(null, { status: 404 });
};
