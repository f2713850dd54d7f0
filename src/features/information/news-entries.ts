/** The French news items as feed entries (shared by the three feed endpoints). */
import { getCollection } from 'astro:content';
import { buildNewsFeed, type FeedEntry } from './news-feed.ts';
import { newsUrl } from './urls.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { translate } from '../../core/i18n/i18n.ts';

/** French news as feed entries. */
export async function frenchNewsEntries(): Promise<FeedEntry[]> {
  const items = await getCollection('news', (entry) => entry.data.lang === 'fr');
  return items.map((entry) => ({ id: entry.id, path: newsUrl(entry.id), data: entry.data }));
}

/** The site's news feed. */
export async function siteNewsFeed() {
  const site = loadSiteConfig();
  return buildNewsFeed(
    { url: site.url, name: site.clsm.name, email: site.contact.email },
    await frenchNewsEntries(),
    `${translate('fr', 'news.title')} · ${site.clsm.shortName}`,
    translate('fr', 'news.intro'),
  );
}
