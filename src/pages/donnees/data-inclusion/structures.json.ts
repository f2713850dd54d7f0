/** /donnees/data-inclusion/structures.json: the directory's structures in the national data·inclusion schema v1 (sample and closed entries left out). */
import type { APIRoute } from 'astro';
import { buildDataInclusion, jsonBody } from '../../../features/opendata/index.ts';

export const GET: APIRoute = () => new Response(jsonBody(buildDataInclusion().structures), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
