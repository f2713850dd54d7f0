/** News as RSS 2.0. */
import type { APIRoute } from 'astro';
import { siteNewsFeed } from '../../features/information/astro.ts';

export const GET: APIRoute = async () =>
  new Response((await siteNewsFeed()).rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
