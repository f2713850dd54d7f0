/**
 * /ressources/index.json: the compact index <resource-filters> fetches on
 * first use of the filters (every listed entry, short keys; see IndexEntry).
 */
import type { APIRoute } from 'astro';
import { loadDirectory, buildIndex } from '../../features/directory/index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildIndex(loadDirectory())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
