/** Subscription to every upcoming event of the CLSM (SISM or not). */
import type { APIRoute } from 'astro';
import { loadEvents, upcomingEvents } from '../lib/events.ts';
import { eventsCalendar } from '../lib/event-ics.ts';
import { buildNow } from '../lib/now.ts';
import { loadSiteConfig } from '../lib/site-config.ts';
import { translate } from '../lib/i18n.ts';

export const GET: APIRoute = () => {
  const site = loadSiteConfig();
  const events = upcomingEvents(loadEvents(), buildNow());
  const calendar = eventsCalendar(events, {
    name: `${translate('fr', 'agenda.title')} · ${site.clsm.shortName}`,
    description: translate('fr', 'agenda.description', { name: site.clsm.name }),
    siteUrl: site.url,
  });
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
