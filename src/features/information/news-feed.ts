/**
 * The news feeds (RSS 2.0, Atom 1.0, JSON Feed 1), built with the `feed`
 * library from the news collection. One builder, three formats.
 */
import { Feed } from 'feed';
import type { NewsItem } from './schema/news.ts';

export interface FeedSite {
  /** Public address of the site. */
  url: string;
  /** The CLSM's name. */
  name: string;
  /** Contact email for the feed's author. */
  email: string;
}

export interface FeedEntry {
  id: string;
  /** Path of the item's page, e.g. "/actualites/2026-11-11-bilan/". */
  path: string;
  data: NewsItem;
}

/** Feed paths, relative to the site. */
export const FEED_PATHS = { rss: '/actualites/rss.xml', atom: '/actualites/atom.xml', json: '/actualites/feed.json' } as const;

/** Items newest first. */
export function newestFirst<T extends { data: { date: string } }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.data.date.localeCompare(a.data.date));
}

/** Builds the feed; call `.rss2()`, `.atom1()` or `.json1()` on the result. */
export function buildNewsFeed(site: FeedSite, entries: readonly FeedEntry[], title: string, description: string): Feed {
  const sorted = newestFirst(entries);
  const base = site.url.replace(/\/$/, '');
  const feed = new Feed({
    id: `${base}/actualites/`,
    title,
    description,
    link: `${base}/actualites/`,
    language: 'fr',
    copyright: site.name,
    updated: sorted[0] ? new Date(`${sorted[0].data.date}T12:00:00Z`) : new Date('2026-01-01T00:00:00Z'),
    feedLinks: { rss: `${base}${FEED_PATHS.rss}`, atom: `${base}${FEED_PATHS.atom}`, json: `${base}${FEED_PATHS.json}` },
    author: { name: site.name, email: site.email, link: `${base}/` },
  });
  for (const entry of sorted) {
    const url = `${base}${entry.path}`;
    feed.addItem({
      id: url,
      link: url,
      title: entry.data.title,
      description: entry.data.summary,
      date: new Date(`${entry.data.date}T12:00:00Z`),
      category: entry.data.tags.map((name) => ({ name })),
    });
  }
  return feed;
}
