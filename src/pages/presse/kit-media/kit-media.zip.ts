/** The whole media kit as one ZIP, built at build time (features/press/press.ts). */
import type { APIRoute } from 'astro';
import { mediaKitZip } from '../../../features/press/astro.ts';

export const GET: APIRoute = () => new Response(mediaKitZip(), { headers: { 'Content-Type': 'application/zip' } });
