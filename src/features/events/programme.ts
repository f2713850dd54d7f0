/**
 * What the programme pages share: the facets that have static pages, their
 * labels and counts, and the list of every static page to build.
 */
import type { SiteEvent, SismEdition } from './events.ts';
import { EVENT_AUDIENCES, EVENT_TYPES } from './schema/event.ts';
import { facetCriteria, facetPath, matches, type Criteria, type Facet, type FilterableEvent } from './event-filters.ts';
import { formatDay } from '../../core/clock.ts';
import { translate } from '../../core/i18n/i18n.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { slugify } from '../../core/slug.ts';

/** The programme's address: "/sism/2026/". */
export function programmePath(year: number): string {
  return `/sism/${year}/`;
}

/** The filter view of an event. */
export function filterable(event: SiteEvent): FilterableEvent {
  return {
    days: event.days,
    commune: event.location.communeSlug,
    type: event.type,
    audiences: event.audiences,
    free: event.free,
    stepFree: event.stepFree,
    end: event.endInstant.getTime(),
  };
}

/** Events matching criteria that do not depend on the clock. */
export function filterEvents(events: readonly SiteEvent[], criteria: Criteria): SiteEvent[] {
  return events.filter((e) => matches(filterable(e), criteria));
}

/** The territory's communes, as slug and name. */
export function communes(): { slug: string; name: string }[] {
  return loadSiteConfig().territory.communes.map((c) => ({ slug: slugify(c.name), name: c.name }));
}

/** Label of a facet: "samedi 24 octobre", "Atelier", "Jeunes (12-25 ans)", "Gratuit". */
export function facetLabel(facet: Facet): string {
  switch (facet.kind) {
    case 'jour': return formatDay(facet.value, false);
    case 'type': return translate('fr', `event.type.${facet.value as (typeof EVENT_TYPES)[number]}`);
    case 'public': return translate('fr', `event.audience.${facet.value as (typeof EVENT_AUDIENCES)[number]}`);
    case 'gratuit': return translate('fr', 'programme.filters.free');
    case 'accessible': return translate('fr', 'programme.filters.accessible');
  }
}

/** Facets grouped as the filters show them, each with its events among `events`; empty ones left out. */
export function facetGroups(events: readonly SiteEvent[], edition: SismEdition): { title: string; facets: { facet: Facet; count: number }[] }[] {
  const days = [...new Set(events.flatMap((e) => e.days))].filter((d) => d >= edition.startDate && d <= edition.endDate).sort();
  const count = (facet: Facet) => filterEvents(events, facetCriteria(undefined, facet)).length;
  const withCounts = (facets: Facet[]) => facets.map((facet) => ({ facet, count: count(facet) })).filter((f) => f.count > 0);
  return [
    { title: translate('fr', 'programme.filters.day'), facets: withCounts(days.map((value) => ({ kind: 'jour', value }))) },
    { title: translate('fr', 'programme.filters.type'), facets: withCounts(EVENT_TYPES.map((value) => ({ kind: 'type', value }))) },
    { title: translate('fr', 'programme.filters.audience'), facets: withCounts(EVENT_AUDIENCES.map((value) => ({ kind: 'public', value }))) },
    { title: translate('fr', 'programme.filters.options'), facets: withCounts([{ kind: 'gratuit' }, { kind: 'accessible' }]) },
  ].filter((g) => g.facets.length > 0);
}

/** One static page of filtered programme. */
export interface FacetPage {
  year: number;
  commune?: { slug: string; name: string } | undefined;
  facet?: Facet | undefined;
  path: string;
}

/** Every static filter page of an edition: each commune, each facet, and each commune with each facet; none empty. */
export function facetPages(events: readonly SiteEvent[], edition: SismEdition): FacetPage[] {
  const base = programmePath(edition.year);
  const pages: FacetPage[] = [];
  const allFacets = facetGroups(events, edition).flatMap((g) => g.facets.map((f) => f.facet));
  for (const facet of allFacets) pages.push({ year: edition.year, facet, path: facetPath(base, undefined, facet) });
  for (const commune of communes()) {
    const inCommune = filterEvents(events, { commune: commune.slug });
    if (inCommune.length === 0) continue;
    pages.push({ year: edition.year, commune, path: facetPath(base, commune.slug, undefined) });
    for (const { facet } of facetGroups(inCommune, edition).flatMap((g) => g.facets)) {
      pages.push({ year: edition.year, commune, facet, path: facetPath(base, commune.slug, facet) });
    }
  }
  return pages;
}
