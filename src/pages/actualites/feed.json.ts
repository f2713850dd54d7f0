/** News as JSON Feed 1.1. */
import type { APIRoute } from 'astro';
import { siteNewsFeed } from '../../lib/news-entries.ts';

export const GET: APIRoute = async () =>
  new Response((await siteNewsFeed()).json1(), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
