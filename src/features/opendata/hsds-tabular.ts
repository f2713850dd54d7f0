/**
 * HSDS 3.0 tabular form: full service objects flattened into the standard
 * CSV tables (organizations.csv, services.csv, phones.csv ...) and
 * reassembled from them. Columns and their order come from the official
 * `schema/compiled/tabular.json` (vendored in vendor/hsds/), plus the
 * kit's `x_clsm_*` extension columns, so a data package written here reads
 * like the official example.
 */
// Imported rather than read from disk: a path relative to this module breaks
// once Astro bundles it into the build folder.
import tabularSchema from '../../../vendor/hsds/schema/compiled/tabular.json' with { type: 'json' };
import type { HsdsObject } from './hsds.ts';
import { tableCsv } from './csv-safe.ts';

interface TabularProperty {
  name: string;
  type?: string;
  format?: string;
  title?: string;
  description?: string;
}
interface TabularTable {
  name: string;
  path: string;
  description?: string;
  datapackage_metadata?: { format?: string; mediatype?: string; profile?: string; order?: number };
  properties: Record<string, TabularProperty>;
}

let tables: TabularTable[] | undefined;
/** The official table definitions, in the standard's order. */
export function tabularTables(): TabularTable[] {
  if (!tables) {
    const schema = tabularSchema as unknown as { properties: Record<string, { items: TabularTable }> };
    tables = Object.values(schema.properties)
      .map((p) => p.items)
      .sort((a, b) => (a.datapackage_metadata?.order ?? 0) - (b.datapackage_metadata?.order ?? 0));
  }
  return tables;
}

/** Extension columns of the kit, by table file. */
export const EXTENSION_COLUMNS: Record<string, { name: string; type: string; description: string }[]> = {
  'services.csv': [
    { name: 'x_clsm_id', type: 'string', description: 'Identifiant de la fiche dans l’annuaire du CLSM (nom du fichier, adresse /ressources/<id>/).' },
    { name: 'x_clsm_example', type: 'boolean', description: 'Vrai pour une fiche d’exemple (lieu fictif).' },
    { name: 'x_clsm_source_url', type: 'string', description: 'Page officielle d’après laquelle la fiche a été vérifiée.' },
    { name: 'x_clsm_source_note', type: 'string', description: 'Origine de l’information, en mots.' },
  ],
  'phones.csv': [{ name: 'x_clsm_call_cost', type: 'string', description: 'Coût de l’appel : free (gratuit), standard (non surtaxé, prix d’un appel normal), premium (surtaxé).' }],
};

/** Tables the export fills, in the order of the standard. */
const WRITTEN = ['organizations.csv', 'services.csv', 'service_at_location.csv', 'locations.csv', 'addresses.csv', 'phones.csv', 'schedules.csv', 'service_areas.csv', 'languages.csv', 'accessibility.csv', 'cost_options.csv', 'attributes.csv', 'taxonomy_terms.csv'];

/** Column names of a table: the standard's, then the kit's extensions. */
export function tableColumns(path: string): string[] {
  const table = tabularTables().find((t) => t.path === path);
  return [...Object.keys(table?.properties ?? {}), ...(EXTENSION_COLUMNS[path] ?? []).map((c) => c.name)];
}

export type Row = Record<string, unknown>;
export type Tables = Record<string, Row[]>;

function scalars(object: HsdsObject, extra: Row = {}): Row {
  const row: Row = { ...extra };
  for (const [key, value] of Object.entries(object)) if (value === null || typeof value !== 'object') row[key] = value;
  return row;
}


const arr = (value: unknown): HsdsObject[] => (Array.isArray(value) ? (value as HsdsObject[]) : []);

/** Flattens full service objects into the standard tables. */
export function servicesToTables(services: readonly HsdsObject[]): Tables {
  const t: Tables = Object.fromEntries(WRITTEN.map((name) => [name, [] as Row[]]));
  const add = (name: string, row: Row) => t[name]?.push(row);
  // Shared rows (an organisation, a place) appear once. A set of ids per
  // table, not a search of the rows: with 100,000 entries a search is quadratic.
  const seen = new Map(WRITTEN.map((name) => [name, new Set<unknown>()]));
  const pushOnce = (name: string, row: Row) => {
    const ids = seen.get(name);
    if (ids?.has(row['id'])) return;
    ids?.add(row['id']);
    add(name, row);
  };
  for (const service of services) {
    const organization = service['organization'] as HsdsObject | undefined;
    if (organization) pushOnce('organizations.csv', scalars(organization));
    const source = (service['x_clsm_source'] ?? {}) as { url?: string; note?: string };
    add('services.csv', scalars(service, { x_clsm_source_url: source.url, x_clsm_source_note: source.note }));
    for (const phone of arr(service['phones'])) add('phones.csv', scalars(phone));
    for (const schedule of arr(service['schedules'])) add('schedules.csv', scalars(schedule));
    for (const area of arr(service['service_areas'])) add('service_areas.csv', scalars(area));
    for (const language of arr(service['languages'])) add('languages.csv', scalars(language));
    for (const cost of arr(service['cost_options'])) add('cost_options.csv', scalars(cost));
    for (const sal of arr(service['service_at_locations'])) {
      add('service_at_location.csv', scalars(sal));
      const location = sal['location'] as HsdsObject | undefined;
      if (!location) continue;
      pushOnce('locations.csv', scalars(location));
      for (const address of arr(location['addresses'])) pushOnce('addresses.csv', scalars(address));
      for (const access of arr(location['accessibility'])) pushOnce('accessibility.csv', scalars(access));
    }
    for (const attribute of arr(service['attributes'])) {
      add('attributes.csv', scalars(attribute));
      const term = attribute['taxonomy_term'] as HsdsObject | undefined;
      if (term) pushOnce('taxonomy_terms.csv', scalars(term));
    }
  }
  return t;
}

/** Columns that hold numbers or booleans, for reading CSV text back. */
const NUMBERS = new Set(['latitude', 'longitude', 'minimum_age', 'maximum_age', 'amount', 'interval', 'extension', 'count', 'timezone', 'year_incorporated']);
const BOOLEANS = new Set(['x_clsm_example']);

/** A CSV cell as a JSON value: '' is absent, numeric columns are numbers. */
export function typedCell(column: string, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return value;
  if (NUMBERS.has(column) && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  if (BOOLEANS.has(column)) return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

function typedRow(row: Row): HsdsObject {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typedCell(k, v)]).filter(([, v]) => v !== undefined));
}

/** Reassembles full service objects from the standard tables (CSV rows or tabular JSON). */
export function tablesToServices(input: Tables): HsdsObject[] {
  const table = (name: string) => (input[name] ?? []).map(typedRow);
  const organizations = table('organizations.csv');
  const locations = table('locations.csv');
  const addresses = table('addresses.csv');
  const accessibility = table('accessibility.csv');
  const terms = table('taxonomy_terms.csv');
  const phones = table('phones.csv');
  const schedules = table('schedules.csv');
  const areas = table('service_areas.csv');
  const languages = table('languages.csv');
  const costs = table('cost_options.csv');
  const sals = table('service_at_location.csv');
  const attributes = table('attributes.csv');
  return table('services.csv').map((row) => {
    const id = row['id'];
    const { x_clsm_source_url: url, x_clsm_source_note: note, ...service } = row;
    const location = (locationId: unknown): HsdsObject | undefined => {
      const found = locations.find((l) => l['id'] === locationId);
      if (!found) return undefined;
      return { ...found, addresses: addresses.filter((a) => a['location_id'] === locationId), accessibility: accessibility.filter((a) => a['location_id'] === locationId) };
    };
    const result: HsdsObject = {
      ...service,
      phones: phones.filter((p) => p['service_id'] === id),
      schedules: schedules.filter((s) => s['service_id'] === id),
      service_areas: areas.filter((a) => a['service_id'] === id),
      service_at_locations: sals.filter((s) => s['service_id'] === id).map((s) => ({ ...s, location: location(s['location_id']) })),
      languages: languages.filter((l) => l['service_id'] === id && l['location_id'] === undefined && l['phone_id'] === undefined),
      cost_options: costs.filter((c) => c['service_id'] === id),
      attributes: attributes.filter((a) => a['link_id'] === id).map((a) => ({ ...a, taxonomy_term: terms.find((t) => t['id'] === a['taxonomy_term_id']) })),
    };
    const organization = organizations.find((o) => o['id'] === row['organization_id']);
    if (organization) result['organization'] = organization;
    if (url !== undefined || note !== undefined) result['x_clsm_source'] = Object.fromEntries(Object.entries({ url, note }).filter(([, v]) => v !== undefined));
    return result;
  });
}

/** The Frictionless data package descriptor of the written tables. */
export function dataPackage(options: { name: string; title: string; homepage: string; license: { name: string; path: string; title: string } }): HsdsObject {
  return {
    name: options.name,
    title: options.title,
    homepage: options.homepage,
    profile: 'tabular-data-package',
    licenses: [options.license],
    resources: WRITTEN.map((path) => {
      const table = tabularTables().find((t) => t.path === path);
      const fields = Object.values(table?.properties ?? {}).map((p) => ({
        name: p.name,
        type: p.type === 'number' ? 'number' : p.type === 'integer' ? 'integer' : 'string',
        ...(p.format && ['uri', 'email', 'uuid'].includes(p.format) ? { format: p.format } : {}),
        ...(p.title ? { title: p.title } : {}),
        ...(p.description ? { description: p.description } : {}),
      }));
      return {
        name: table?.name ?? path.replace(/\.csv$/, ''),
        path,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: { fields: [...fields, ...(EXTENSION_COLUMNS[path] ?? [])] },
      };
    }),
  };
}

export const TABULAR_FILES = WRITTEN;

/** One table of the package as CSV text, in the standard's column order, safe to open in a spreadsheet. */
export function hsdsTableCsv(file: string, rows: readonly Row[]): string {
  const columns = tableColumns(file);
  return tableCsv(columns, rows.map((row) => columns.map((c) => {
    const value = row[c];
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : value === undefined || value === null ? undefined : String(value);
  })));
}
