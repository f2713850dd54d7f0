/**
 * /ressources/index.json: the compact index <resource-filters> fetches on
 * first use of the filters (every listed entry, short keys; see IndexEntry).
 */
import type { APIRoute } from 'astro';
import { loadDirectory } from '../../features/directory/resources.ts';
import { buildIndex } from '../../features/directory/directory-view.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildIndex(loadDirectory())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
