/**
 * RFC 9116 security.txt. `Expires` is one year after the build, so a
 * site that is rebuilt at least yearly never publishes an expired file.
 */
import type { APIRoute } from 'astro';
import { loadSiteConfig } from '../../core/site-config.ts';

export const GET: APIRoute = () => {
  const site = loadSiteConfig();
  const expires = new Date(Date.now() + 365 * 24 * 3600 * 1000);
  expires.setUTCHours(0, 0, 0, 0);
  const body = [
    `Contact: mailto:${site.contact.security}`,
    `Expires: ${expires.toISOString()}`,
    'Preferred-Languages: fr, en',
    `Canonical: ${new URL('/.well-known/security.txt', site.url).href}`,
    `Policy: ${new URL('/mentions-legales/#securite', site.url).href}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
