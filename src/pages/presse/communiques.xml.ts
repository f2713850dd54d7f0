/** The press releases as RSS 2.0 (@astrojs/rss); embargoed releases are left out until they pass. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSiteConfig } from '../../core/site-config.ts';
import { translate } from '../../core/i18n/i18n.ts';
import { releaseInstant } from '../../features/press/index.ts';
import { PRESS_PATHS, releaseUrl, releases } from '../../features/press/astro.ts';

export const GET: APIRoute = async () => {
  const site = loadSiteConfig();
  return rss({
    title: `${translate('fr', 'press.releases.feedTitle')} · ${site.clsm.shortName}`,
    description: translate('fr', 'press.releases.intro'),
    site: site.url,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>fr</language><atom:link href="${new URL(PRESS_PATHS.feed, site.url).href}" rel="self" type="application/rss+xml"/>`,
    items: (await releases()).map((entry) => ({
      title: entry.data.title,
      link: releaseUrl(entry.id),
      pubDate: releaseInstant(entry.data),
      description: entry.data.summary,
      categories: entry.data.tags,
    })),
  });
};
