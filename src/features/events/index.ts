/**
 * The events feature's build-side API: what pages, tools and other features
 * may use. Plain TypeScript that runs in Node (astro.config.mjs, tools/,
 * unit tests); everything not listed here is internal to the feature.
 */
export { facetCriteria } from './event-filters.ts';
export { priceText, whenText } from './event-format.ts';
export { eventsGeoJson } from './event-geojson.ts';
export { addressLine, eventsCalendar } from './event-ics.ts';
export { defaultId, importProgramme } from './event-import.ts';
export { eventJsonLd } from './event-jsonld.ts';
export { type SismEdition, type SiteEvent, crossCheckEvent, eventPath, eventsOfEdition, loadEditions, loadEventContext, loadEvents, upcomingEvents } from './events.ts';
export { factsOfEdition, sismFactsPlugin, sismText } from './sism-facts.ts';
export { DATE_EXPECTED, TIME_EXPECTED, parseFrenchDate, parseFrenchTime } from './french-date.ts';
export { type FacetPage, facetLabel, facetPages, filterEvents, programmePath } from './programme.ts';
export { EVENT_AUDIENCES, EVENT_TYPES, type EventInput, event } from './schema/event.ts';
export { sismEdition } from './schema/sism-edition.ts';
