/** Subscription to the whole programme of an edition. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsOfEdition, loadEditions, loadEvents, type SismEdition, eventsCalendar } from '../../../features/events/index.ts';
import { loadSiteConfig } from '../../../core/site-config.ts';
import { translate } from '../../../core/i18n/i18n.ts';

export const getStaticPaths = (() => loadEditions().map((edition) => ({ params: { year: String(edition.year) }, props: { edition } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { edition } = props as { edition: SismEdition };
  const site = loadSiteConfig();
  const calendar = eventsCalendar(eventsOfEdition(loadEvents(), edition.year), {
    name: `${translate('fr', 'programme.title', { year: edition.year })} · ${site.clsm.shortName}`,
    description: edition.theme,
    siteUrl: site.url,
  });
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
