/** News as Atom 1.0. */
import type { APIRoute } from 'astro';
import { siteNewsFeed } from '../../features/information/astro.ts';

export const GET: APIRoute = async () =>
  new Response((await siteNewsFeed()).atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
