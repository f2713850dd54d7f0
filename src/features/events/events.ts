/**
 * Loads the SISM editions (`content/sism/<year>.yaml`) and the events
 * (`content/events/<id>.yaml`), validated against their schemas and checked
 * against the other content files: a place id must be a directory entry
 * with a location, a named place must lie in a commune of the territory and
 * inside the map bounds, an event of an edition must fall within its dates.
 * Pages, endpoints, the importer and the prompt all go through here, so a
 * mistake is reported the same way everywhere (`file: field: expected`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { event as eventSchema, eventId, type EventData } from './schema/event.ts';
import { sismEdition, type SismEditionData } from './schema/sism-edition.ts';
import { isWithin, type Coordinates } from '../../core/schema/common.ts';
import type { Commune, SiteConfig } from '../../core/schema/site.ts';
import { ContentError, type ContentProblem } from '../../core/content-errors.ts';
import { contentPath } from '../../core/content-dir.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { loadDirectory } from '../directory/index.ts';
import { slugify } from '../../core/slug.ts';
import { parseYaml } from '../../core/yaml.ts';
import { datesBetween, parisInstant } from '../../core/clock.ts';

/** A validated edition. */
export interface SismEdition extends SismEditionData {
  year: number;
  file: string;
  /** Absolute path of the poster file, when there is one. */
  posterPath?: string | undefined;
}

/** A directory entry's place, as events need it. */
export interface DirectoryPlaceInfo {
  name: string;
  street: string;
  complement?: string | undefined;
  postcode: string;
  commune: string;
  coordinates: Coordinates;
}

/** Where an event happens, resolved to an address in a commune of the territory. */
export interface ResolvedPlace extends DirectoryPlaceInfo {
  communeInfo: Commune;
  communeSlug: string;
  /** The directory entry, when the place is one: its page is /ressources/<id>/. */
  resourceId?: string | undefined;
}

/** A validated event with what pages derive from it. */
export interface SiteEvent extends EventData {
  /** File name without extension; the page is /agenda/<id>/. */
  id: string;
  file: string;
  location: ResolvedPlace;
  startInstant: Date;
  endInstant: Date;
  /** Paris dates the event covers, first to last. */
  days: string[];
  free: boolean;
  /** Accessible to wheelchair users (the "accessible" filter). */
  stepFree: boolean;
}

/** What cross-checks need from the other content files. */
export interface EventContext {
  site: SiteConfig;
  places: ReadonlyMap<string, DirectoryPlaceInfo>;
  editions: ReadonlyMap<number, SismEdition>;
}

function display(path: string): string {
  return relative(process.cwd(), path) || path;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { encoding: 'utf8' })
    .filter((name) => ['.yaml', '.yml'].includes(extname(name)))
    .sort()
    .map((name) => join(dir, name));
}

/** Every edition, newest first. Throws a ContentError listing every problem. */
export function loadEditions(dir: string = contentPath('sism')): SismEdition[] {
  const problems: ContentProblem[] = [];
  const editions: SismEdition[] = [];
  for (const path of yamlFiles(dir)) {
    const file = display(path);
    const name = basename(path, extname(path));
    if (!/^\d{4}$/.test(name)) {
      problems.push({ file, field: '(file name)', message: 'expected the year of the edition as file name, such as "2026.yaml"' });
      continue;
    }
    let data: SismEditionData;
    try {
      data = parseYaml(readFileSync(path, 'utf8'), sismEdition, file);
    } catch (error) {
      if (error instanceof ContentError) {
        problems.push(...error.problems);
        continue;
      }
      throw error;
    }
    const year = Number(name);
    if (!data.startDate.startsWith(`${year}-`)) problems.push({ file, field: 'startDate', message: `expected a date in ${year}` });
    if (!data.endDate.startsWith(`${year}-`)) problems.push({ file, field: 'endDate', message: `expected a date in ${year}` });
    const posterPath = data.poster ? join(dir, data.poster.file) : undefined;
    if (posterPath && !existsSync(posterPath)) {
      problems.push({ file, field: 'poster.file', message: `expected a file next to this one; ${display(posterPath)} does not exist` });
    }
    editions.push({ ...data, year, file, posterPath });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return editions.sort((a, b) => b.year - a.year);
}

/** The directory's places and the editions, for cross-checks. */
export function loadEventContext(): EventContext {
  const site = loadSiteConfig();
  const places = new Map<string, DirectoryPlaceInfo>();
  for (const entry of loadDirectory().all) {
    if (!entry.location) continue;
    const { street, complement, postcode, commune, coordinates } = entry.location;
    places.set(entry.id, { name: entry.name, street, complement, postcode, commune, coordinates });
  }
  const editions = new Map(loadEditions().map((e) => [e.year, e]));
  return { site, places, editions };
}

/** Checks one validated event against the other content files; returns the resolved place when it is fine. */
export function crossCheckEvent(
  data: EventData,
  file: string,
  context: EventContext,
  row?: number,
): { problems: ContentProblem[]; location?: ResolvedPlace } {
  const problems: ContentProblem[] = [];
  const at = (field: string, message: string) => problems.push({ file, ...(row === undefined ? {} : { row }), field, message });
  const { site } = context;
  let place: DirectoryPlaceInfo | undefined;
  let resourceId: string | undefined;
  if ('resource' in data.place) {
    resourceId = data.place.resource;
    const found = context.places.get(resourceId);
    if (!found) {
      at('place.resource', `expected the id of a directory entry with an address (a file name in content/resources/ without .yaml); "${resourceId}" is not one`);
    } else {
      place = { ...found, complement: data.place.complement ?? found.complement };
    }
  } else {
    place = data.place;
    const b = site.map.bounds;
    if (!isWithin(place.coordinates, b)) {
      at('place.coordinates', `expected a point inside the territory's map.bounds in site.yaml (lat ${b.south} to ${b.north}, lon ${b.west} to ${b.east}); got lat ${place.coordinates.lat}, lon ${place.coordinates.lon}`);
    }
  }
  const commune = place ? site.territory.communes.find((c) => c.name === place.commune) : undefined;
  if (place && !commune) {
    at('place.commune', `expected one of the territory's communes in site.yaml (${site.territory.communes.map((c) => c.name).join(', ')}); "${place.commune}" is not one`);
  } else if (place && commune && !commune.postcodes.includes(place.postcode)) {
    at('place.postcode', `expected a postcode of ${commune.name} (${commune.postcodes.join(', ')}); got "${place.postcode}"`);
  }
  if (data.edition !== undefined) {
    const edition = context.editions.get(data.edition);
    if (!edition) {
      at('edition', `expected the year of an edition in content/sism/ (${[...context.editions.keys()].join(', ') || 'none yet'}); there is no ${data.edition}.yaml`);
    } else {
      const first = data.start.slice(0, 10);
      const last = data.end.slice(0, 10);
      if (first < edition.startDate || first > edition.endDate) {
        at('start', `expected a date within the SISM ${edition.year} (${edition.startDate} to ${edition.endDate}); got ${first}`);
      } else if (last > edition.endDate) {
        at('end', `expected a date within the SISM ${edition.year} (${edition.startDate} to ${edition.endDate}); got ${last}`);
      }
    }
  }
  if (problems.length > 0 || !place || !commune) return { problems };
  return { problems, location: { ...place, communeInfo: commune, communeSlug: slugify(commune.name), resourceId } };
}

/** Adds what pages need to a checked event. */
export function toSiteEvent(id: string, file: string, data: EventData, location: ResolvedPlace): SiteEvent {
  return {
    ...data,
    id,
    file,
    location,
    startInstant: parisInstant(data.start),
    endInstant: parisInstant(data.end),
    days: datesBetween(data.start.slice(0, 10), data.end.slice(0, 10)),
    free: data.price === 0,
    stepFree: data.accessibility.includes('step-free'),
  };
}

let cached: SiteEvent[] | undefined;

/** Every event, sorted by start. Throws a ContentError listing every problem in every file. */
export function loadEvents(dir?: string, context?: EventContext): SiteEvent[] {
  const useCache = dir === undefined && context === undefined;
  if (useCache && cached) return cached;
  const ctx = context ?? loadEventContext();
  const problems: ContentProblem[] = [];
  const events: SiteEvent[] = [];
  for (const path of yamlFiles(dir ?? contentPath('events'))) {
    const file = display(path);
    const id = basename(path, extname(path));
    const idCheck = eventId.safeParse(id);
    if (!idCheck.success) {
      problems.push({ file, field: '(file name)', message: idCheck.error.issues[0]?.message ?? 'expected a slug' });
      continue;
    }
    let data: EventData;
    try {
      data = parseYaml(readFileSync(path, 'utf8'), eventSchema, file);
    } catch (error) {
      if (error instanceof ContentError) {
        problems.push(...error.problems);
        continue;
      }
      throw error;
    }
    const { problems: found, location } = crossCheckEvent(data, file, ctx);
    problems.push(...found);
    if (location) events.push(toSiteEvent(id, file, data, location));
  }
  if (problems.length > 0) throw new ContentError(problems);
  const byTitle = new Intl.Collator('fr').compare;
  events.sort((a, b) => a.start.localeCompare(b.start) || byTitle(a.title, b.title));
  if (useCache) cached = events;
  return events;
}

/** The events of one edition. */
export function eventsOfEdition(events: readonly SiteEvent[], year: number): SiteEvent[] {
  return events.filter((e) => e.edition === year);
}

/** Events that have not ended at `now`. */
export function upcomingEvents(events: readonly SiteEvent[], now: Date): SiteEvent[] {
  return events.filter((e) => e.endInstant.getTime() > now.getTime());
}

/** The page of an event. */
export function eventPath(id: string): string {
  return `/agenda/${id}/`;
}
