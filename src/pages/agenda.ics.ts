/** Subscription to every upcoming event of the CLSM (SISM or not). */
import type { APIRoute } from 'astro';
import { loadEvents, upcomingEvents, eventsCalendar } from '../features/events/index.ts';
import { now } from '../core/clock.ts';
import { loadSiteConfig } from '../core/site-config.ts';
import { translate } from '../core/i18n/i18n.ts';

export const GET: APIRoute = () => {
  const site = loadSiteConfig();
  const events = upcomingEvents(loadEvents(), now());
  const calendar = eventsCalendar(events, {
    name: `${translate('fr', 'agenda.title')} · ${site.clsm.shortName}`,
    description: translate('fr', 'agenda.description', { name: site.clsm.name }),
    siteUrl: site.url,
  });
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
