/**
 * The FINESS importer on fixtures in both official publications
 * (tests/fixtures/finess/: the CSV extraction, Windows-1252, and the JSON
 * publication), with closed, out-of-territory, padded and overseas
 * establishments; in the sample territory, and in a Guadeloupe and a
 * Réunion territory.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readYaml, writeYaml } from '../../../core/yaml.ts';
import { formatProblem } from '../../../core/content-errors.ts';
import { loadSiteConfig } from '../../../core/site-config.ts';
import type { SiteConfig } from '../../../core/schema/site.ts';
import { importFile } from './cli.ts';
import { convertFiness } from './finess.ts';
import { inseeOf, tidyName } from './finess-establishment.ts';
import { FINESS_CATEGORIES } from './finess-categories.ts';
import { reportLines } from './run.ts';
import { loadTaxonomy } from '../../directory/index.ts';

const CSV = 'tests/fixtures/finess/etalab-extract.csv';
const JSON_FILE = 'tests/fixtures/finess/finess-structures.json';
const TODAY = '2026-11-22';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clsm-finess-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const run = (file: string, options: { dryRun?: boolean; site?: SiteConfig } = {}) => importFile('finess', convertFiness, file, { dir, today: TODAY, ...options });
const entry = (name: string) => readYaml(readFileSync(join(dir, name), 'utf8')) as any;
const notes = (result: ReturnType<typeof run>) => result.notices.map(formatProblem);

/** A territory of other communes, built the way site.yaml describes one. */
function territory(name: string, communes: SiteConfig['territory']['communes'], bounds: SiteConfig['map']['bounds']): SiteConfig {
  const site = loadSiteConfig();
  return { ...site, territory: { ...site.territory, name, communes }, map: { ...site.map, bounds, centre: communes[0]!.centre } };
}
const GUADELOUPE = territory(
  'Cap Excellence',
  [
    { name: 'Les Abymes', insee: '97101', postcodes: ['97139'], centre: { lat: 16.271, lon: -61.504 } },
    { name: 'Pointe-à-Pitre', insee: '97120', postcodes: ['97110'], centre: { lat: 16.241, lon: -61.533 } },
  ],
  { south: 16.18, west: -61.6, north: 16.35, east: -61.4 },
);
const REUNION = territory(
  'CINOR',
  [
    { name: 'Saint-Denis', insee: '97411', postcodes: ['97400', '97490'], centre: { lat: -20.882, lon: 55.45 } },
    { name: 'Sainte-Marie', insee: '97418', postcodes: ['97438'], centre: { lat: -20.897, lon: 55.549 } },
  ],
  { south: -21.0, west: 55.38, north: -20.85, east: 55.62 },
);

describe('FINESS CSV extraction', () => {
  it('keeps the territory’s open establishments of the directory’s categories, to be checked, with tidy names and WGS84 points', () => {
    const result = run(CSV);
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => f.record.sourceId)).toEqual(['690099001', '690099002', '690099003', '690099004', '690099005', '690099010']);
    expect(notes(result)).toEqual(
      expect.arrayContaining([
        `${CSV}:10: dateOuverture: 690099009 opens on 2027-03-01, after the extract date: not imported yet`,
        `${CSV}: (territory): 3 establishments of the directory's categories are outside the territory and were skipped: 690099008 (69383), 970199001 (97101), 970499001 (97411)`,
        `${CSV}: (categories): left out by decision (see docs/import.md): 355 (1), 620 (1), 182 (1), 500 (1)`,
      ]),
    );
    const csapa = entry('csapa-de-bron-690099003.yaml');
    expect(csapa).toMatchObject({
      name: 'CSAPA de Bron',
      categories: ['addictions'],
      location: { street: '12 bis rue de la Republique', postcode: '69500', commune: 'Bron', insee: '69029' },
      phones: [{ number: '+33199005002' }],
      cost: 'free',
      source: { url: 'https://finess.esante.gouv.fr/fininter/jsp/actionDetailEtablissement.do?noFiness=690099003' },
      imported: { source: 'finess', sourceId: '690099003' },
    });
    // To be checked: the register's date is not a check by a person.
    expect(csapa.verifiedOn).toBeUndefined();
    expect(csapa.source.note).toContain('entité juridique n° 690099100');
    expect(csapa.location.coordinates.lat).toBeCloseTo(45.7386, 4);
    expect(csapa.location.coordinates.lon).toBeCloseTo(4.9128, 4);
    expect(entry('caarud-de-l-est-lyonnais-690099004.yaml').name).toBe('CAARUD de l’Est Lyonnais');
    const cmp = entry('centre-medico-psychologique-adultes-de-villeurbanne-690099001.yaml');
    expect(cmp.name).toBe('Centre Medico Psychologique Adultes de Villeurbanne');
    expect(cmp.location.street).toBe('45 cours Emile Zola');
    // Decoded as Windows-1252: the category label keeps its accents.
    expect(cmp.source.note).toContain('Centre Médico-Psychologique (C.M.P.)');
    expect(entry('service-mandataire-judiciaire-protection-majeurs-udaf-690099010.yaml').categories).toEqual(['mandataire']);
  });

  it('re-import updates from FINESS, keeps what the CLSM rewrote, closes what left the register and says so', () => {
    run(CSV);
    const path = join(dir, 'cmpp-de-decines-charpieu-690099005.yaml');
    const cmpp = entry('cmpp-de-decines-charpieu-690099005.yaml');
    cmpp.description = 'Texte du CLSM.';
    cmpp.verifiedOn = '2026-11-20';
    writeFileSync(path, writeYaml(cmpp));
    const newer = join(dir, 'newer.csv');
    const text = readFileSync(CSV, 'latin1')
      .replace('0199005003', '0199005009')
      .replace(/structureet;690099002;[^\r\n]*\r\n/, '')
      .replace(/geolocalisation;690099002;[^\r\n]*\r\n/, '');
    writeFileSync(newer, Buffer.from(text, 'latin1'));
    const again = run(newer);
    expect(again.problems).toEqual([]);
    expect(again.files.find((f) => f.record.sourceId === '690099005')).toMatchObject({ action: 'update', changed: ['phones'], kept: ['description'] });
    expect(entry('cmpp-de-decines-charpieu-690099005.yaml')).toMatchObject({ description: 'Texte du CLSM.', verifiedOn: '2026-11-20', phones: [{ number: '+33199005009' }] });
    expect(again.files.find((f) => f.record.sourceId === '690099002')).toMatchObject({ action: 'close' });
    expect(entry('cattp-adultes-de-vaulx-en-velin-690099002.yaml').status).toBe('closed');
    const report = reportLines(again, false);
    expect(report).toContainEqual(expect.stringMatching(/^closed: .*cattp-adultes-de-vaulx-en-velin-690099002\.yaml \(690099002 is closed or no longer in the source\)$/));
    expect(report).toContainEqual(expect.stringMatching(/^updated: .*cmpp-de-decines-charpieu-690099005\.yaml \(phones\); kept hand edits: description$/));
    expect(report.at(-1)).toBe('0 created, 1 updated, 1 closed, 4 left alone');
  });

  it('reports an establishment without coordinates and writes nothing', () => {
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, Buffer.from(readFileSync(CSV, 'latin1').replace(/geolocalisation;690099002;[^\r\n]*\r\n/, ''), 'latin1'));
    const result = run(broken);
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/broken\.csv:3: coordonnees: expected coordinates for 690099002/)]);
    expect(result.written).toBe(false);
  });
});

describe('FINESS JSON publication', () => {
  it('reads establishments of every legal entity, drops closed ones, skips and reports the rest', () => {
    const result = run(JSON_FILE);
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => f.record.sourceId)).toEqual(['690099101', '690099201']);
    expect(notes(result)).toEqual(
      expect.arrayContaining([
        `${JSON_FILE}:2: dateFermeture: 690099102 CATTP Adultes de Bron is closed since 2026-06-30: not imported`,
        `${JSON_FILE}:8: dateFermeture: 690099301 CMP Enfants Flachet is closed since 2025-12-31: not imported`,
        `${JSON_FILE}: (territory): 2 establishments of the directory's categories are outside the territory and were skipped: 690099103 (69383), 970499101 (97411)`,
        `${JSON_FILE}: (categories): left out by decision (see docs/import.md): 182 (1), 500 (1)`,
        `${JSON_FILE}: (categories): left out, no decision yet for these category codes: 462 (1)`,
        `${JSON_FILE}:4: codePostal: 690099201: postcode 69517 (a CEDEX?) is not one of Vaulx-en-Velin's; 69120 used`,
      ]),
    );
    const cmp = entry('centre-medico-psychologique-adultes-villeurbanne-nord-690099101.yaml');
    expect(cmp).toMatchObject({
      name: 'Centre Medico Psychologique Adultes Villeurbanne Nord',
      organization: { name: 'CMP Adultes Villeurbanne Nord' },
      location: { street: '18 rue Francis de Pressense', postcode: '69100', insee: '69266', coordinates: { lat: 45.7667, lon: 4.8797 } },
      phones: [{ number: '+33199005020' }],
      imported: { sourceId: '690099101' },
    });
    expect(cmp.verifiedOn).toBeUndefined();
    expect(cmp.source.note).toContain('extraction du 2026-11-02');
  });

  it('closes an entry when the publication marks its establishment inactive', () => {
    run(JSON_FILE);
    const later = join(dir, 'later.json');
    const document = JSON.parse(readFileSync(JSON_FILE, 'utf8'));
    const ege = document.pmej[0].ege[0];
    ege.etatObjet = 'I';
    ege.informationsGeneralesEGE.dateFermeture = '2026-11-15';
    document.generatedAt = '2026-11-20T04:00:00Z';
    writeFileSync(later, JSON.stringify(document));
    const again = run(later);
    expect(again.problems).toEqual([]);
    expect(again.files.find((f) => f.record.sourceId === '690099101')).toMatchObject({ action: 'close' });
    expect(entry('centre-medico-psychologique-adultes-villeurbanne-nord-690099101.yaml').status).toBe('closed');
  });

  it('refuses another major version of the schema, or a JSON file that is not the publication, and writes nothing', () => {
    const other = join(dir, 'v2.json');
    writeFileSync(other, JSON.stringify({ ...JSON.parse(readFileSync(JSON_FILE, 'utf8')), schemaVersion: 'v2.0.0' }));
    expect(run(other).problems.map(formatProblem)).toEqual([expect.stringContaining('schemaVersion: expected version 1 of the FINESS structures schema')]);
    writeFileSync(other, '{"establishments": []}');
    expect(run(other).problems.map(formatProblem)).toEqual([expect.stringContaining('pmej: expected the FINESS JSON publication')]);
  });
});

describe('FINESS import for overseas territories', () => {
  it('imports a Guadeloupe territory from the CSV: UTM 20N coordinates and a 0590 number', () => {
    const result = run(CSV, { site: GUADELOUPE });
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => f.record.sourceId)).toEqual(['970199001']);
    const cmp = entry('centre-medico-psychologique-des-abymes-970199001.yaml');
    expect(cmp.location).toMatchObject({ commune: 'Les Abymes', insee: '97101', postcode: '97139' });
    // The fixture's point was written from 16.2708 N, 61.5045 W in RGAF09 / UTM 20N.
    expect(cmp.location.coordinates.lat).toBeCloseTo(16.2708, 4);
    expect(cmp.location.coordinates.lon).toBeCloseTo(-61.5045, 4);
    expect(cmp.phones).toEqual([{ number: '+590590995100' }]);
  });

  it('imports a Réunion territory from both publications: UTM 40S in the CSV, WGS84 in the JSON, 0262 numbers', () => {
    const csv = run(CSV, { site: REUNION });
    expect(csv.problems).toEqual([]);
    expect(csv.files.map((f) => f.record.sourceId)).toEqual(['970499001']);
    const fromCsv = entry('cmp-adultes-saint-denis-970499001.yaml');
    expect(fromCsv.name).toBe('CMP Adultes Saint Denis');
    expect(fromCsv.location.coordinates.lat).toBeCloseTo(-20.8823, 4);
    expect(fromCsv.location.coordinates.lon).toBeCloseTo(55.4504, 4);
    expect(fromCsv.phones).toEqual([{ number: '+262262995100' }]);
    const json = run(JSON_FILE, { site: REUNION });
    expect(json.problems).toEqual([]);
    expect(json.files.filter((f) => f.action === 'create').map((f) => f.record.sourceId)).toEqual(['970499101']);
    expect(entry('cmp-adultes-de-saint-denis-970499101.yaml').location).toMatchObject({ postcode: '97400', coordinates: { lat: -20.8823, lon: 55.4504 } });
  });
});

describe('FINESS names, codes and categories', () => {
  it('builds INSEE codes from département and commune, overseas included', () => {
    expect(inseeOf('69', '266')).toBe('69266');
    expect(inseeOf('2A', '4')).toBe('2A004');
    expect(inseeOf('9A', '120')).toBe('97120');
    expect(inseeOf('9D', '411')).toBe('97411');
  });

  it('trims padded names and capitalises them, keeping acronyms and restoring elided articles', () => {
    expect(tidyName('  CMP   ENFANTS DE BRON ')).toBe('CMP Enfants de Bron');
    expect(tidyName('EHPAD LES GLYCINES')).toBe('EHPAD les Glycines');
    expect(tidyName('CENTRE D ACCUEIL ET DE CRISE')).toBe('Centre d’Accueil et de Crise');
    expect(tidyName('CHS LE VINATIER')).toBe('CHS le Vinatier');
  });

  it('maps every kept category to categories of the taxonomy and explains every category left out', () => {
    const ids = loadTaxonomy().terms.map((t) => t.id);
    for (const category of FINESS_CATEGORIES) {
      if (category.decision === 'in') for (const id of category.categories) expect(ids, `${category.code} → ${id}`).toContain(id);
      else expect(category.why.length, category.code).toBeGreaterThan(20);
    }
    expect(new Set(FINESS_CATEGORIES.map((c) => c.code)).size).toBe(FINESS_CATEGORIES.length);
    const docs = readFileSync('docs/import.md', 'utf8');
    for (const category of FINESS_CATEGORIES) expect(docs, `docs/import.md lists ${category.code}`).toContain(`| ${category.code} |`);
  });
});
