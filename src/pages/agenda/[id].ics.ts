/** "Ajouter à mon agenda": the iCalendar file of one event. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEvents, type SiteEvent, eventsCalendar } from '../../features/events/index.ts';
import { loadSiteConfig } from '../../core/site-config.ts';

export const getStaticPaths = (() => loadEvents().map((event) => ({ params: { id: event.id }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { event } = props as { event: SiteEvent };
  const site = loadSiteConfig();
  return new Response(eventsCalendar([event], { name: event.title, siteUrl: site.url }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
