/**
 * What the open-data endpoints under /donnees/ share: the HSDS context of
 * the build, the licence, and the list of published files.
 */
import { loadDirectory, type Directory } from '../directory/index.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { hsdsServices, type HsdsContext, type HsdsObject } from './hsds.ts';
import { servicesToTables, type Tables } from './hsds-tabular.ts';
import { dataInclusion, publishedForDataInclusion, type DataInclusion } from './data-inclusion.ts';

/** Licence Ouverte / Open Licence 2.0 (Etalab), the usual licence of French public open data. */
export const OPEN_LICENCE = {
  name: 'etalab-2.0',
  title: 'Licence Ouverte / Open Licence version 2.0',
  path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

/** The context every HSDS id is derived from. */
export function buildHsdsContext(directory: Directory = loadDirectory()): HsdsContext {
  return { siteUrl: loadSiteConfig().url, taxonomy: directory.taxonomy };
}

// One conversion per directory: every export (services.json, one JSON per
// entry, thirteen CSV tables) reads the same objects, so a build converts
// each entry once instead of once per file.
const servicesOf = new WeakMap<Directory, HsdsObject[]>();
const tablesOf = new WeakMap<Directory, Tables>();
const serviceById = new WeakMap<Directory, Map<string, HsdsObject>>();

/** Every entry as an HSDS service (closed ones as `defunct`). Do not modify the result: it is shared. */
export function buildHsdsServices(directory: Directory = loadDirectory()): HsdsObject[] {
  let services = servicesOf.get(directory);
  if (!services) {
    services = hsdsServices(directory.all, buildHsdsContext(directory));
    servicesOf.set(directory, services);
  }
  return services;
}

/** One entry's HSDS service, by the entry id. */
export function hsdsServiceOf(id: string, directory: Directory = loadDirectory()): HsdsObject | undefined {
  let byId = serviceById.get(directory);
  if (!byId) {
    byId = new Map(buildHsdsServices(directory).map((service) => [String(service['x_clsm_id']), service]));
    serviceById.set(directory, byId);
  }
  return byId.get(id);
}

/** The directory in the data·inclusion schema (listed entries that are not samples). */
export function buildDataInclusion(directory: Directory = loadDirectory()): DataInclusion {
  return dataInclusion(publishedForDataInclusion(directory.all), loadSiteConfig(), directory.today);
}

/** The HSDS tabular package's rows, by table file. */
export function buildHsdsTables(directory: Directory = loadDirectory()): Tables {
  let tables = tablesOf.get(directory);
  if (!tables) {
    tables = servicesToTables(buildHsdsServices(directory));
    tablesOf.set(directory, tables);
  }
  return tables;
}

/** JSON for a download: two-space indentation, final newline. */
export function jsonBody(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * A long JSON array, one item per line: still diffable line by line, and
 * half the size of an indented file. Indented, 100,000 HSDS services come
 * close to the longest string V8 can build (about 512 MB).
 */
export function jsonLines(items: readonly unknown[]): string {
  return items.length === 0 ? '[]\n' : `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}
