/** /donnees/hsds/services.json: every entry as a full HSDS 3.0 service object. */
import type { APIRoute } from 'astro';
import { buildHsdsServices, jsonLines } from '../../../features/opendata/index.ts';

export const GET: APIRoute = () => new Response(jsonLines(buildHsdsServices()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
