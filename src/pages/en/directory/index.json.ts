/** /en/directory/index.json: the filter index with place lines and hours in English (see /ressources/index.json). */
import type { APIRoute } from 'astro';
import { loadDirectory, buildIndex } from '../../../features/directory/index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildIndex(loadDirectory(), 'en')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
