/**
 * Loads `content/sectors.yaml` and answers "Quel est mon CMP ?": for a
 * commune, or a street or district of a split commune, the adult and the
 * child-and-adolescent sector and their CMP entries.
 *
 * Cross-file rules are checked here and reported all at once as
 * `file: field: expected ...`: communes must be the territory's, CMP ids
 * must be directory entries, sector ids must exist and match the kind of
 * slot, every commune gets both kinds of sector, and a street or district
 * belongs to one area only.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { sectorsFile, type Population, type Sector, type SectorsFile } from './schema/sectors.ts';
import type { Commune, SiteConfig } from '../../core/schema/site.ts';
import { ContentError, type ContentProblem } from '../../core/content-errors.ts';
import { contentPath } from '../../core/content-dir.ts';
import { slugify } from '../../core/slug.ts';
import { placeKey } from './sectors-match.ts';
import { readYamlFile } from '../../core/yaml.ts';
import type { CommuneRules, StreetPart } from './sector-rules.ts';

export { placeKey };

/** A place a resident can pick: a whole commune, or a street or district of a split commune. */
export interface SectorPlace {
  /** URL path under /ressources/mon-cmp/, e.g. "bron" or "villeurbanne/rue-leon-blum". */
  path: string;
  /** What the resident picked, e.g. "rue Léon-Blum" or "Bron". */
  label: string;
  kind: 'commune' | 'street' | 'district';
  commune: Commune;
  /** Area name for a split commune. */
  area?: string | undefined;
  adults: Sector;
  children: Sector;
  /** True when the split is an example. */
  exampleSplit: boolean;
  /** For a street split between areas by side or house numbers: its parts (adults and children above are the first part's). */
  parts?: StreetPart[] | undefined;
}

/** One commune with the places a resident can pick in it. */
export interface CommuneChoice {
  commune: Commune;
  slug: string;
  /** True when the commune is split by streets and districts. */
  split: boolean;
  exampleSplit: boolean;
  /** The whole-commune answer, for a commune that is not split. */
  place?: SectorPlace | undefined;
  /** Streets and districts, sorted by name, for a split commune. */
  places: SectorPlace[];
}

export interface SectorMap {
  file: SectorsFile;
  communes: CommuneChoice[];
  /** Every page-worthy place: whole communes, streets and districts. */
  places: SectorPlace[];
  /** The rules the browser applies to an address, one per commune in the territory's order. */
  rules: CommuneRules[];
}

export interface SectorLoadOptions {
  file?: string;
  site: SiteConfig;
  /** Ids of the directory's listed entries. */
  entryIds: ReadonlySet<string>;
  /** Street keys (placeKey) of each commune's INSEE code in the address index, when there is one: every street named must be in it. */
  streetKeys?: ReadonlyMap<string, ReadonlySet<string>> | undefined;
}

/** Validates the sectors file against the site and the directory; throws a ContentError listing every problem. */
export function loadSectors({ file = contentPath('sectors.yaml'), site, entryIds, streetKeys }: SectorLoadOptions): SectorMap | undefined {
  if (!existsSync(file)) return undefined;
  const display = relative(process.cwd(), file) || file;
  const data = readYamlFile(file, sectorsFile);
  const problems: ContentProblem[] = [];
  const sectors = new Map<string, Sector>();

  data.sectors.forEach((s, i) => {
    if (sectors.has(s.id)) problems.push({ file: display, field: `sectors.${i}.id`, message: `expected each sector id once; "${s.id}" is repeated` });
    sectors.set(s.id, s);
    if (!entryIds.has(s.cmp)) {
      problems.push({ file: display, field: `sectors.${i}.cmp`, message: `expected the id of a listed directory entry (a file name in content/resources/ without .yaml); "${s.cmp}" is not one` });
    }
  });

  const sectorFor = (id: string | undefined, kind: Population, field: string): Sector | undefined => {
    if (id === undefined) return undefined;
    const found = sectors.get(id);
    if (!found) problems.push({ file: display, field, message: `expected a sector id from sectors (${[...sectors.keys()].join(', ')}); "${id}" is not one` });
    else if (found.population !== kind) problems.push({ file: display, field, message: `expected a sector for ${kind}; "${id}" is for ${found.population}` });
    return found;
  };

  const choices: CommuneChoice[] = [];
  const places: SectorPlace[] = [];
  const seenCommunes = new Set<string>();
  const rules: CommuneRules[] = [];
  data.communes.forEach((entry, i) => {
    const commune = site.territory.communes.find((c) => c.name === entry.commune);
    if (!commune) {
      problems.push({ file: display, field: `communes.${i}.commune`, message: `expected one of the territory's communes in site.yaml (${site.territory.communes.map((c) => c.name).join(', ')}); "${entry.commune}" is not one` });
      return;
    }
    if (seenCommunes.has(commune.name)) problems.push({ file: display, field: `communes.${i}.commune`, message: `expected each commune once; "${commune.name}" is repeated` });
    seenCommunes.add(commune.name);
    const communeSlug = slugify(commune.name);
    const adults = sectorFor(entry.adults, 'adults', `communes.${i}.adults`);
    const children = sectorFor(entry.children, 'children', `communes.${i}.children`);
    const choice: CommuneChoice = { commune, slug: communeSlug, split: entry.areas !== undefined, exampleSplit: entry.exampleSplit, places: [] };

    if (entry.areas === undefined) {
      if (!adults || !children) {
        if (!entry.adults) problems.push({ file: display, field: `communes.${i}.adults`, message: 'expected an adult sector id, or areas that split the commune' });
        if (!entry.children) problems.push({ file: display, field: `communes.${i}.children`, message: 'expected a child sector id, or areas that split the commune' });
        return;
      }
      choice.place = { path: communeSlug, label: commune.name, kind: 'commune', commune, adults, children, exampleSplit: false };
      rules.push({ insee: commune.insee, name: commune.name, whole: { adults: adults.id, children: children.id }, areas: [], streets: {} });
      places.push(choice.place);
    } else {
      const owner = new Map<string, { area: string; partial: boolean; place?: SectorPlace }>();
      const communeRules: CommuneRules = { insee: commune.insee, name: commune.name, areas: [], streets: {} };
      rules.push(communeRules);
      entry.areas.forEach((area, j) => {
        const base = `communes.${i}.areas.${j}`;
        const areaAdults = area.adults === undefined ? adults : sectorFor(area.adults, 'adults', `${base}.adults`);
        const areaChildren = area.children === undefined ? children : sectorFor(area.children, 'children', `${base}.children`);
        if (!areaAdults && area.adults === undefined) problems.push({ file: display, field: `${base}.adults`, message: 'expected an adult sector id here or for the whole commune' });
        if (!areaChildren && area.children === undefined) problems.push({ file: display, field: `${base}.children`, message: 'expected a child sector id here or for the whole commune' });
        if (areaAdults && areaChildren) communeRules.areas.push({ name: area.name, adults: areaAdults.id, children: areaChildren.id });
        const named = [
          ...area.streets.map((s) => (typeof s === 'string' ? { name: s, part: {} } : { name: s.street, part: { side: s.side, from: s.from, to: s.to } })).map((s, k) => ({ ...s, kind: 'street' as const, field: `${base}.streets.${k}` })),
          ...area.districts.map((name, k) => ({ name, part: {}, kind: 'district' as const, field: `${base}.districts.${k}` })),
        ];
        for (const { name, part, kind, field } of named) {
          const key = placeKey(name);
          const partial = Object.values(part).some((v) => v !== undefined);
          const other = owner.get(key);
          if (other !== undefined && (!partial || !other.partial)) {
            problems.push({ file: display, field, message: `expected each street or district in one area only, or split by side or house numbers (side, from, to) in every area that lists it; "${name}" is also in area "${other.area}"` });
            continue;
          }
          const known = streetKeys?.get(commune.insee);
          if (kind === 'street' && known && !known.has(key)) {
            problems.push({ file: display, field, message: `expected a street of ${commune.name} as the Base Adresse Nationale names it (content/addresses.json); "${name}" is not one: check its spelling, or run npm run import:addresses again` });
          }
          if (!areaAdults || !areaChildren) continue;
          const streetPart: StreetPart = { area: area.name, adults: areaAdults.id, children: areaChildren.id, ...part };
          if (kind === 'street') (communeRules.streets[key] ??= []).push(streetPart);
          if (other?.place) {
            other.place.parts?.push(streetPart);
            continue;
          }
          const place: SectorPlace = { path: `${communeSlug}/${key}`, label: name, kind, commune, area: area.name, adults: areaAdults, children: areaChildren, exampleSplit: entry.exampleSplit, ...(partial ? { parts: [streetPart] } : {}) };
          owner.set(key, { area: area.name, partial, place });
          choice.places.push(place);
        }
      });
      choice.places.sort((a, b) => a.label.localeCompare(b.label, 'fr'));
      places.push(...choice.places);
    }
    choices.push(choice);
  });

  site.territory.communes.forEach((c) => {
    if (!seenCommunes.has(c.name)) problems.push({ file: display, field: 'communes', message: `expected every commune of the territory; "${c.name}" is missing` });
  });

  if (problems.length > 0) throw new ContentError(problems);
  const order = site.territory.communes.map((c) => c.name);
  choices.sort((a, b) => order.indexOf(a.commune.name) - order.indexOf(b.commune.name));
  rules.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  return { file: data, communes: choices, places, rules };
}

/** The place a resident typed ("12 rue Leon Blum"), among a split commune's streets and districts. */
export function findPlace(choice: CommuneChoice, typed: string): SectorPlace | undefined {
  const key = `-${placeKey(typed)}-`;
  return choice.places.find((p) => key.includes(`-${placeKey(p.label)}-`));
}
