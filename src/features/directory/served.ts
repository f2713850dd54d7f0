/**
 * "Served, not only located" (issue 16): which entries serve a commune, in
 * the order a resident needs them. An entry serves a commune when it is
 * located there (unless its `area` lists other communes only), when its
 * `area` covers it (the listed communes, the whole territory, the
 * department), or when it is the CMP of a sector that covers the commune
 * (content/sectors.yaml: the children's CMP of Vaulx-en-Velin serves Bron).
 * Remote and national services (no place) serve everyone and are never
 * hidden when a commune is chosen.
 */
import type { Directory, Resource } from './resources.ts';
import { sectorMap } from './sector-pages.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { slugify } from '../../core/slug.ts';

/** The three groups of a commune's answer, in the order they are shown. */
export interface ServedGroups {
  /** Located in the commune and serving it. */
  here: Resource[];
  /** Located elsewhere, serving the commune (its area or its sector). */
  nearby: Resource[];
  /** No place: phone lines, websites, national services. */
  remote: Resource[];
}

/** INSEE codes of the communes whose sectors name this CMP, by entry id; built once per build. */
function sectorCommunes(): Map<string, Set<string>> {
  if (sectorCache) return sectorCache;
  const map = new Map<string, Set<string>>();
  for (const choice of sectorMap()?.communes ?? []) {
    const places = choice.place ? [choice.place] : choice.places;
    for (const place of places) {
      for (const cmp of [place.adults.cmp, place.children.cmp]) {
        const set = map.get(cmp) ?? new Set<string>();
        set.add(choice.commune.insee);
        map.set(cmp, set);
      }
    }
  }
  sectorCache = map;
  return map;
}
let sectorCache: Map<string, Set<string>> | undefined;

/** INSEE codes of the territory's communes an entry serves ("*" for all of them); empty for a remote entry. */
export function servedCommunes(entry: Resource): Set<string> | '*' {
  if (!entry.location) return '*';
  const area = entry.area;
  if (area?.scope === 'national' || area?.scope === 'department' || area?.scope === 'territory') return '*';
  const served = new Set<string>(area?.scope === 'communes' ? (area.communes ?? []) : [entry.location.insee]);
  for (const insee of sectorCommunes().get(entry.id) ?? []) served.add(insee);
  return served;
}

/** Whether an entry with a place serves the commune. */
function serves(entry: Resource, insee: string): boolean {
  const served = servedCommunes(entry);
  return served === '*' || served.has(insee);
}

/** The entries of `entries` (the whole directory by default) that serve a commune, grouped. */
export function servedGroups(directory: Directory, insee: string, entries: readonly Resource[] = directory.listed): ServedGroups {
  const groups: ServedGroups = { here: [], nearby: [], remote: [] };
  for (const entry of entries) {
    if (!entry.location) groups.remote.push(entry);
    else if (!serves(entry, insee)) continue;
    else if (entry.location.insee === insee) groups.here.push(entry);
    else groups.nearby.push(entry);
  }
  return groups;
}

/** Slugs of the territory's communes an entry with a place serves beyond its own (for the browser's filter index). */
export function servedElsewhereSlugs(entry: Resource): string[] {
  if (!entry.location) return [];
  const served = servedCommunes(entry);
  return loadSiteConfig()
    .territory.communes.filter((c) => c.insee !== entry.location?.insee && (served === '*' || served.has(c.insee)))
    .map((c) => slugify(c.name));
}
