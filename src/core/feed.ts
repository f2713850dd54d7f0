/**
 * Web feeds (RSS 2.0, Atom 1.0, JSON Feed 1), written by the `feed` library:
 * the one way the site publishes a feed (news, press releases).
 */
import { Feed } from 'feed';

export interface FeedItem {
  /** Path of the item's page, e.g. "/actualites/2026-11-11-bilan/". */
  path: string;
  title: string;
  description: string;
  date: Date;
  categories: readonly string[];
}

export interface FeedOptions {
  /** Public address of the site. */
  siteUrl: string;
  /** Path of the page the feed follows, e.g. "/actualites/". */
  home: string;
  title: string;
  description: string;
  language: string;
  /** Who publishes the feed (the CLSM). */
  author: { name: string; email: string };
  /** Paths of the feed in each format it is published in. */
  links: { rss?: string; atom?: string; json?: string };
  /** When no item gives the feed a date. */
  emptyDate: Date;
}

/** A feed of `items`, newest first; call `.rss2()`, `.atom1()` or `.json1()` on the result. */
export function buildFeed(options: FeedOptions, items: readonly FeedItem[]): Feed {
  const base = options.siteUrl.replace(/\/$/, '');
  const sorted = [...items].sort((a, b) => b.date.getTime() - a.date.getTime());
  const feed = new Feed({
    id: `${base}${options.home}`,
    title: options.title,
    description: options.description,
    link: `${base}${options.home}`,
    language: options.language,
    copyright: options.author.name,
    updated: sorted[0]?.date ?? options.emptyDate,
    feedLinks: Object.fromEntries(Object.entries(options.links).map(([format, path]) => [format, `${base}${path}`])),
    author: { name: options.author.name, email: options.author.email, link: `${base}/` },
  });
  for (const item of sorted) {
    const url = `${base}${item.path}`;
    feed.addItem({ id: url, link: url, title: item.title, description: item.description, date: item.date, category: item.categories.map((name) => ({ name })) });
  }
  return feed;
}
