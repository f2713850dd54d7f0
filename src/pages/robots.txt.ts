/** robots.txt: everything may be indexed; points to the sitemap. */
import type { APIRoute } from 'astro';
import { loadSiteConfig } from '../core/site-config.ts';

export const GET: APIRoute = () => {
  const site = loadSiteConfig();
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site.url).href}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
