/**
 * Loads the directory of local help: every `content/resources/**\/*.yaml`
 * file, validated against the resource schema, then checked against the
 * other content files (categories in taxonomy.yaml, communes and map bounds
 * in site.yaml) and against each other (ids unique). Pages, endpoints,
 * exports, importers, scripts and tests all go through `loadDirectory()`.
 *
 * Every mistake in every file is collected and reported at once as
 * `file: field: expected ...` (a ContentError), so nothing broken is built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { resource, resourceId, type ResourceData } from './schema/resource.ts';
import { taxonomy as taxonomySchema, type Taxonomy, type TaxonomyTerm } from './schema/taxonomy.ts';
import { isWithin } from '../../core/schema/common.ts';
import type { Commune, SiteConfig } from '../../core/schema/site.ts';
import { ContentError, type ContentProblem } from '../../core/content-errors.ts';
import { contentPath } from '../../core/content-dir.ts';
import { compileHours, publicHolidays, type CompiledHours, type HoursPlace } from './hours.ts';
import { isStale } from './freshness.ts';
import { todayInParis } from '../../core/clock.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { slugify } from '../../core/slug.ts';
import { parseYaml, readYamlFile } from '../../core/yaml.ts';

/** A validated entry with what the pages derive from it. */
export interface Resource extends ResourceData {
  /** File name without extension; the entry's URL is /ressources/<id>/. HSDS: service.id. */
  id: string;
  /** Path of the source file, relative to the project, for messages. */
  file: string;
  /** The territory commune the place is in, when it has a place. */
  commune?: Commune | undefined;
  /** URL slug of that commune. */
  communeSlug?: string | undefined;
  /** Weekly table of the hours, when hours are given. */
  compiledHours?: CompiledHours | undefined;
  /** True when `verifiedOn` is absent (never checked) or more than 12 months old. */
  stale: boolean;
}

/** The whole directory, ready for pages. */
export interface Directory {
  /** Every valid entry, closed ones included (exports may want them). */
  all: Resource[];
  /** Entries shown to residents: not closed, sorted by name. */
  listed: Resource[];
  taxonomy: Taxonomy;
  /** French public holidays from today for two years (YYYY-MM-DD). */
  holidays: string[];
  /** The date the build considers today (YYYY-MM-DD, Paris). */
  today: string;
}

export interface LoadOptions {
  /** Folder of entry files; default `content/resources`. */
  dir?: string;
  /** Taxonomy file; default `content/taxonomy.yaml`. */
  taxonomyFile?: string;
  site?: SiteConfig;
  /** YYYY-MM-DD; default today in Paris. */
  today?: string;
  /** Fail when entries are overdue for verification (default: STRICT_FRESHNESS=1). */
  strictFreshness?: boolean;
  /** Where the one-line summary goes; default console.info. Pass null for silence. */
  log?: ((line: string) => void) | null;
}

function display(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** Every .yaml/.yml file under `dir`, sorted, sub-folders included. */
function entryFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => ['.yaml', '.yml'].includes(extname(name)))
    .sort()
    .map((name) => join(dir, name));
}

/** The term and every sub-category under it. */
export function termAndChildren(taxonomy: Taxonomy, id: string): string[] {
  return [id, ...taxonomy.terms.filter((t) => t.parent === id).map((t) => t.id)];
}

/** The top-level category of a term. */
export function topLevel(taxonomy: Taxonomy, id: string): TaxonomyTerm | undefined {
  const term = taxonomy.terms.find((t) => t.id === id);
  if (!term) return undefined;
  return term.parent ? taxonomy.terms.find((t) => t.id === term.parent) : term;
}

/** Loads and checks the taxonomy file. */
export function loadTaxonomy(file: string = contentPath('taxonomy.yaml')): Taxonomy {
  return readYamlFile(file, taxonomySchema);
}

/** Checks one entry against the site configuration and the taxonomy (the importers use it too). */
export function crossCheck(entry: ResourceData, file: string, site: SiteConfig, taxonomy: Taxonomy): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const termIds = taxonomy.terms.map((t) => t.id);
  entry.categories.forEach((category, index) => {
    if (!termIds.includes(category)) {
      problems.push({ file, field: `categories.${index}`, message: `expected a category id from content/taxonomy.yaml (${termIds.join(', ')}); "${category}" is not one` });
    }
  });
  const location = entry.location;
  if (location) {
    const communes = site.territory.communes;
    const commune = communes.find((c) => c.name === location.commune);
    if (!commune) {
      problems.push({ file, field: 'location.commune', message: `expected one of the territory's communes in site.yaml (${communes.map((c) => c.name).join(', ')}); "${location.commune}" is not one. A national or remote service has no location and delivery: [remote]` });
    } else {
      if (commune.insee !== location.insee) {
        problems.push({ file, field: 'location.insee', message: `expected the INSEE code of ${commune.name}, "${commune.insee}"; got "${location.insee}"` });
      }
      if (!commune.postcodes.includes(location.postcode)) {
        problems.push({ file, field: 'location.postcode', message: `expected a postcode of ${commune.name} (${commune.postcodes.join(', ')}); got "${location.postcode}"` });
      }
    }
    const b = site.map.bounds;
    if (!isWithin(location.coordinates, b)) {
      problems.push({
        file,
        field: 'location.coordinates',
        message: `expected a point inside the territory's map.bounds in site.yaml (lat ${b.south} to ${b.north}, lon ${b.west} to ${b.east}); got lat ${location.coordinates.lat}, lon ${location.coordinates.lon}`,
      });
    }
  }
  return problems;
}

// One directory per process and content folder. On globalThis, not in this
// module: `astro build` loads this module twice, once bundled for the pages
// and once for the integrations (src/features/opendata/entry-files-integration.ts), and
// reading 100,000 files twice costs seconds.
const CACHE = Symbol.for('clsm-site-kit.directory');
type DirectoryCache = { dir: string; directory: Directory };
const shared = globalThis as typeof globalThis & { [CACHE]?: DirectoryCache };

/**
 * The validated directory. Throws a ContentError listing every problem in
 * every file. With default options the result is cached for the build and
 * the summary line is printed once.
 */
export function loadDirectory(options: LoadOptions = {}): Directory {
  const useCache = Object.keys(options).length === 0;
  const dir = options.dir ?? contentPath('resources');
  if (useCache && shared[CACHE]?.dir === dir) return shared[CACHE].directory;

  const site = options.site ?? loadSiteConfig();
  const taxonomy = loadTaxonomy(options.taxonomyFile);
  const today = options.today ?? todayInParis();
  const strict = options.strictFreshness ?? process.env['STRICT_FRESHNESS'] === '1';
  const log = options.log === undefined ? (line: string) => console.info(line) : options.log;
  const place: HoursPlace = { lat: site.map.centre.lat, lon: site.map.centre.lon };
  const holidays = publicHolidays(today, 2 * 366, place);

  const problems: ContentProblem[] = [];
  const all: Resource[] = [];
  const seen = new Map<string, string>();

  for (const path of entryFiles(dir)) {
    const file = display(path);
    const id = basename(path, extname(path));
    const idCheck = resourceId.safeParse(id);
    if (!idCheck.success) {
      problems.push({ file, field: '(file name)', message: idCheck.error.issues[0]?.message ?? 'expected a slug' });
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({ file, field: 'id', message: `expected each entry id (file name) once in the directory; "${id}" is also ${first}` });
      continue;
    }
    seen.set(id, file);
    let data: ResourceData;
    try {
      data = parseYaml(readFileSync(path, 'utf8'), resource, file);
    } catch (error) {
      if (error instanceof ContentError) {
        problems.push(...error.problems);
        continue;
      }
      throw error;
    }
    const found = crossCheck(data, file, site, taxonomy);
    if (found.length > 0) {
      problems.push(...found);
      continue;
    }
    const commune = data.location ? site.territory.communes.find((c) => c.name === data.location?.commune) : undefined;
    all.push({
      ...data,
      id,
      file,
      commune,
      communeSlug: commune ? slugify(commune.name) : undefined,
      compiledHours: data.hours === undefined ? undefined : compileHours(data.hours, today, holidays, place),
      stale: isStale(data.verifiedOn, today),
    });
  }

  if (problems.length > 0) throw new ContentError(problems);

  // One collator for the whole sort: localeCompare builds one per call, which
  // is seconds of work with 100,000 entries.
  const byName = new Intl.Collator('fr').compare;
  const listed = all.filter((r) => r.status !== 'closed').sort((a, b) => byName(a.name, b.name));
  const stale = listed.filter((r) => r.stale);
  if (strict && stale.length > 0) {
    throw new ContentError(
      stale.map((r) => ({ file: r.file, field: 'verifiedOn', message: `expected a check within the last 12 months (STRICT_FRESHNESS=1); ${r.verifiedOn ? `last verified ${r.verifiedOn}` : 'imported and never verified'}` })),
    );
  }
  log?.(`[directory] ${listed.length} entries listed (${all.length - listed.length} closed); ${stale.length} to be checked: never verified or verified more than 12 months ago (see npm run freshness)`);

  const directory: Directory = { all, listed, taxonomy, holidays, today };
  if (useCache) shared[CACHE] = { dir, directory };
  return directory;
}

/** One entry by id, among the listed ones. */
export function findResource(directory: Directory, id: string): Resource | undefined {
  return directory.listed.find((r) => r.id === id);
}
