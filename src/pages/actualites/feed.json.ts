/** News as JSON Feed (version 1, as written by the feed library). */
import type { APIRoute } from 'astro';
import { siteNewsFeed } from '../../features/information/astro.ts';

export const GET: APIRoute = async () =>
  new Response((await siteNewsFeed()).json1(), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
