/** The news feeds (RSS 2.0, Atom 1.0, JSON Feed 1) from the news collection, through core/feed.ts. */
import type { Feed } from 'feed';
import { buildFeed } from '../../core/feed.ts';
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

/** The news feed; call `.rss2()`, `.atom1()` or `.json1()` on the result. */
export function buildNewsFeed(site: FeedSite, entries: readonly FeedEntry[], title: string, description: string): Feed {
  return buildFeed(
    { siteUrl: site.url, home: '/actualites/', title, description, language: 'fr', author: { name: site.name, email: site.email }, links: FEED_PATHS, emptyDate: new Date('2026-01-01T00:00:00Z') },
    newestFirst(entries).map((entry) => ({
      path: entry.path,
      title: entry.data.title,
      description: entry.data.summary,
      date: new Date(`${entry.data.date}T12:00:00Z`),
      categories: entry.data.tags,
    })),
  );
}
