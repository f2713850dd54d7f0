/** The directory's open-data exports: HSDS 3.0 (validated against the official schema), GeoJSON, CSV. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { loadDirectory, type Resource } from '../directory/index.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { hsdsService, hsdsServices } from './hsds.ts';
import { directoryGeoJson } from './geojson.ts';
import { directoryCsv, CSV_COLUMNS } from './csv-export.ts';
import { jsonLines } from './opendata.ts';
import { neutralizeCell, safeCsv } from './csv-safe.ts';
import { servicesToTables, tablesToServices, dataPackage, tableColumns, hsdsTableCsv } from './hsds-tabular.ts';
import { weekToOsm, weeklyRules } from './hours-schedule.ts';
import { uuidV5 } from './uuid-v5.ts';
import { dataInclusion, dataInclusionSource, publishedForDataInclusion } from './data-inclusion.ts';
import { APPOINTMENT_MOBILISATION, AUDIENCE_PUBLICS, CATEGORY_THEMATIQUES, MENTAL_HEALTH } from './data-inclusion-vocabulary.ts';

const TODAY = '2026-11-22';
const directory = loadDirectory({ today: TODAY, log: null });
const site = loadSiteConfig();
const ctx = { siteUrl: site.url, taxonomy: directory.taxonomy };
const services = hsdsServices(directory.all, ctx);

describe('HSDS 3.0 export', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync('vendor/hsds/schema/compiled/service.json', 'utf8')) as object);

  it('writes every entry, and each one is valid against the official compiled service schema', () => {
    expect(services).toHaveLength(directory.all.length);
    for (const service of services) {
      const ok = validate(service);
      expect(ok ? [] : (validate.errors ?? []).map((e) => `${String(service['x_clsm_id'])} ${e.instancePath} ${e.message}`)).toEqual([]);
    }
  });

  it('rejects a service the schema forbids (the validator can fail)', () => {
    const broken = { ...services[0], id: 'not-a-uuid', status: 'open' };
    expect(validate(broken)).toBe(false);
  });

  it('derives stable UUIDs (RFC 9562 v5) from the site address and the entry id', () => {
    // Reference value of the RFC 9562 appendix: v5 of "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(hsdsServices(directory.all, ctx)).toEqual(services);
  });

  it('maps an in-person entry onto organization, location, address, phones and taxonomy terms', () => {
    const entry = directory.all.find((e) => e.location && e.phones.length > 0 && e.hours) as Resource;
    const s = hsdsService(entry, ctx) as any;
    expect(s.name).toBe(entry.name);
    expect(s.organization.name).toBe(entry.organization.name);
    const location = s.service_at_locations[0].location;
    expect(location).toMatchObject({ location_type: 'physical', latitude: entry.location?.coordinates.lat, longitude: entry.location?.coordinates.lon, external_identifier: entry.location?.insee });
    expect(location.addresses[0]).toMatchObject({ address_1: entry.location?.street, postal_code: entry.location?.postcode, city: entry.location?.commune, country: 'FR' });
    expect(s.phones[0].number).toBe(entry.phones[0]?.number);
    expect(s.attributes.filter((a: any) => a.taxonomy_term.taxonomy === 'clsm-categories').map((a: any) => a.taxonomy_term.code)).toEqual(entry.categories);
  });

  it('turns opening hours into weekly schedules and keeps the original string in description', () => {
    const entry = { ...directory.all.find((e) => e.hours === 'Mo-Fr 09:00-12:30,13:30-17:30; PH off') } as Resource;
    if (!entry.id) return expect.fail('the sample has an entry with "Mo-Fr 09:00-12:30,13:30-17:30; PH off"');
    const s = hsdsService(entry, ctx) as any;
    expect(s.schedules.map((x: any) => [x.freq, x.byday, x.opens_at, x.closes_at, x.description])).toEqual([
      ['WEEKLY', 'MO,TU,WE,TH,FR', '09:00:00', '12:30:00', 'Mo-Fr 09:00-12:30,13:30-17:30; PH off'],
      ['WEEKLY', 'MO,TU,WE,TH,FR', '13:30:00', '17:30:00', 'Mo-Fr 09:00-12:30,13:30-17:30; PH off'],
    ]);
  });

  it('writes 24/7 as one rule every day until 23:59:59, and reads it back as "24/7"', () => {
    const week = Array.from({ length: 7 }, () => [[0, 1440] as const]);
    expect(weeklyRules(week)).toEqual([{ days: [0, 1, 2, 3, 4, 5, 6], opens: 0, closes: 1440 }]);
    expect(weekToOsm(week)).toBe('24/7');
    expect(weekToOsm([[[540, 720]], [], [[540, 720]], [], [[540, 720]], [[600, 720]], []])).toBe('Mo,We,Fr 09:00-12:00; Sa 10:00-12:00');
  });

  it('flattens services into the standard tables and reassembles the same services', () => {
    const tables = servicesToTables(services);
    expect(tableColumns('services.csv').slice(0, 4)).toEqual(['id', 'organization_id', 'program_id', 'name']);
    expect(tables['services.csv']).toHaveLength(services.length);
    expect(tablesToServices(tables).map((s) => s['x_clsm_id'])).toEqual(services.map((s) => s['x_clsm_id']));
    const descriptor = dataPackage({ name: 'x', title: 'x', homepage: 'https://x.fr/', license: { name: 'etalab-2.0', path: 'https://x', title: 'x' } }) as any;
    expect(descriptor.resources.map((r: any) => r.path)).toContain('services.csv');
    expect(descriptor.resources.find((r: any) => r.path === 'phones.csv').schema.fields.map((f: any) => f.name)).toContain('x_clsm_call_cost');
  });
});

describe('GeoJSON export', () => {
  const geo = directoryGeoJson(directory.listed, directory.taxonomy, site.url);

  it('is an RFC 7946 FeatureCollection: [longitude, latitude] points, no crs member', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo).not.toHaveProperty('crs');
    const b = site.map.bounds;
    for (const f of geo.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(b.west);
      expect(lon).toBeLessThanOrEqual(b.east);
      expect(lat).toBeGreaterThanOrEqual(b.south);
      expect(lat).toBeLessThanOrEqual(b.north);
    }
  });

  it('has one feature per listed entry with a place, and leaves closed entries out', () => {
    expect(geo.features.map((f) => f.id).sort()).toEqual(directory.listed.filter((e) => e.location).map((e) => e.id).sort());
    const entry = directory.listed.find((e) => e.location) as Resource;
    const closed = { ...entry, id: 'ferme-exemple', status: 'closed' as const };
    expect(directoryGeoJson([entry, closed], directory.taxonomy, site.url).features.map((f) => f.id)).toEqual([entry.id]);
  });
});

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, has French headers and one row per entry', () => {
    const csv = directoryCsv(directory.all, directory.taxonomy, site.url);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(directory.all.length);
  });

  it('neutralises cells a spreadsheet would run as formulas (=, +, -, @, tab, CR)', () => {
    for (const dangerous of ['=HYPERLINK("https://evil.example","clic")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutralizeCell(dangerous)).toBe(`'${dangerous}`);
    }
    expect(neutralizeCell('Centre médico-psychologique')).toBe('Centre médico-psychologique');
    const entry = directory.all[0] as Resource;
    const evil = { ...entry, name: '=HYPERLINK("https://evil.example","Cliquez")', description: '@SUM(1+1)*cmd|" /C calc"!A0' };
    const rows = parse(directoryCsv([evil], directory.taxonomy, site.url).slice(1), { columns: true }) as Record<string, string>[];
    expect(rows[0]?.['Nom']).toBe(`'=HYPERLINK("https://evil.example","Cliquez")`);
    expect(rows[0]?.['Description']?.startsWith("'@")).toBe(true);
    // Plain numbers keep their sign: a negative longitude, an international phone number.
    expect(safeCsv(['a'], [['-1.55'], ['+33 4 72 00 00 00'], ['-1+cmd']])).toBe("\uFEFFa\r\n-1.55\r\n+33 4 72 00 00 00\r\n'-1+cmd\r\n");
  });

  it('neutralises the same cells in every table of the HSDS CSV package', () => {
    const entry = directory.all[0] as Resource;
    const tables = servicesToTables(hsdsServices([{ ...entry, name: '@SUM(1+1)*cmd|" /C calc"!A0', description: '-2+3+cmd' }], ctx));
    const rows = parse(hsdsTableCsv('services.csv', tables['services.csv'] ?? []), { columns: true }) as Record<string, string>[];
    expect(rows[0]?.['name']).toBe(`'@SUM(1+1)*cmd|" /C calc"!A0`);
    expect(rows[0]?.['description']).toBe("'-2+3+cmd");
    const phones = parse(hsdsTableCsv('phones.csv', tables['phones.csv'] ?? []), { columns: true }) as Record<string, string>[];
    for (const phone of phones) expect(phone['number']).not.toMatch(/^'/);
  });
});

describe('services.json layout', () => {
  it('writes one service per line, and reads back as the same array', () => {
    const services = hsdsServices(loadDirectory().all, { siteUrl: loadSiteConfig().url, taxonomy: loadDirectory().taxonomy });
    const text = jsonLines(services);
    expect(JSON.parse(text)).toEqual(services);
    expect(text.split('\n')).toHaveLength(services.length + 3);
    expect(jsonLines([])).toBe('[]\n');
  });
});

describe('data·inclusion export', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const schema = (name: string) => ajv.compile(JSON.parse(readFileSync(`vendor/data-inclusion/${name}.json`, 'utf8')) as object);
  const validateStructure = schema('structure');
  const validateService = schema('service');
  // Every entry, samples included, so that the whole sample directory is checked against the schema.
  const exported = dataInclusion(directory.all, site, TODAY);
  const errors = (validate: ReturnType<typeof schema>, row: Record<string, unknown>) => (validate(row) ? [] : (validate.errors ?? []).map((e) => `${String(row['id'])} ${e.instancePath} ${e.message}`));

  it('writes one service per entry and one structure per organisation, each valid against the official schema', () => {
    expect(exported.services).toHaveLength(directory.all.length);
    expect(exported.structures.length).toBe(new Set(directory.all.map((e) => e.organization.name)).size);
    for (const row of exported.structures) expect(errors(validateStructure, row)).toEqual([]);
    for (const row of exported.services) expect(errors(validateService, row)).toEqual([]);
    const ids = new Set(exported.structures.map((s) => s['id']));
    for (const row of exported.services) expect(ids.has(row['structure_id']), String(row['id'])).toBe(true);
  });

  it('rejects a service the schema forbids (the validator can fail)', () => {
    expect(validateService({ ...exported.services[0], frais: 'remboursé', publics: [] })).toBe(false);
  });

  it('classes every service under mental health and maps the lists onto the schema’s reference lists', () => {
    const values = (file: string) => new Set((JSON.parse(readFileSync(`vendor/data-inclusion/extra/${file}.json`, 'utf8')) as { value: string }[]).map((v) => v.value));
    for (const t of [MENTAL_HEALTH, ...Object.values(CATEGORY_THEMATIQUES)]) expect(values('thematiques').has(t), t).toBe(true);
    for (const p of Object.values(AUDIENCE_PUBLICS)) expect(values('publics').has(p), p).toBe(true);
    for (const m of Object.values(APPOINTMENT_MOBILISATION)) expect(values('modes-mobilisation').has(m), m).toBe(true);
    for (const row of exported.services) expect(row['thematiques']).toContain('sante--sante-mentale');
    const entry = directory.all.find((e) => e.location && e.phones.length > 0) as Resource;
    const row = exported.services.find((s) => s['id'] === `${dataInclusionSource(site)}--${entry.id}`) as Record<string, unknown>;
    expect(row).toMatchObject({ nom: entry.name, telephone: entry.phones[0]?.number, code_insee: entry.location?.insee, latitude: entry.location?.coordinates.lat, lien_source: `${site.url}/ressources/${entry.id}/` });
  });

  it('publishes neither sample nor closed entries', () => {
    expect(publishedForDataInclusion(directory.all).some((e) => e.example || e.status === 'closed')).toBe(false);
  });
});
