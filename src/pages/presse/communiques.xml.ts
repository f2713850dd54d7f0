/** The press releases as RSS 2.0 (core/feed.ts); embargoed releases are left out until they pass. */
import type { APIRoute } from 'astro';
import { buildFeed } from '../../core/feed.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { translate } from '../../core/i18n/i18n.ts';
import { releaseInstant } from '../../features/press/index.ts';
import { PRESS_PATHS, releaseUrl, releases } from '../../features/press/astro.ts';

export const GET: APIRoute = async () => {
  const site = loadSiteConfig();
  const feed = buildFeed(
    {
      siteUrl: site.url,
      home: PRESS_PATHS.releases,
      title: `${translate('fr', 'press.releases.feedTitle')} · ${site.clsm.shortName}`,
      description: translate('fr', 'press.releases.intro'),
      language: 'fr',
      author: { name: site.clsm.name, email: site.contact.press.email },
      links: { rss: PRESS_PATHS.feed },
      emptyDate: new Date('2026-01-01T00:00:00Z'),
    },
    (await releases()).map((entry) => ({
      path: releaseUrl(entry.id),
      title: entry.data.title,
      description: entry.data.summary,
      date: releaseInstant(entry.data),
      categories: entry.data.tags,
    })),
  );
  return new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
