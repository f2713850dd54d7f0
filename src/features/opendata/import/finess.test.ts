/** The FINESS importer on an extract fixture (Windows-1252, structureet + geolocalisation lines, Lambert 93). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readYaml, writeYaml } from '../../../core/yaml.ts';
import { formatProblem } from '../../../core/content-errors.ts';
import { importFile } from './cli.ts';
import { convertFiness, inseeOf, tidyName } from './finess.ts';
import { FINESS_CATEGORIES } from './finess-categories.ts';
import { lambert93ToWgs84, wgs84ToLambert93 } from './lambert93.ts';
import { loadTaxonomy } from '../../directory/index.ts';

const FIXTURE = 'tests/fixtures/finess/etalab-extract.csv';
const TODAY = '2026-11-22';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clsm-finess-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const run = (file = FIXTURE, dryRun = false) => importFile('finess', convertFiness, file, { dir, today: TODAY, dryRun });

describe('Lambert 93 to WGS84', () => {
  it('maps the projection origin exactly and Lyon where it is', () => {
    expect(lambert93ToWgs84(700000, 6600000)).toEqual({ lat: 46.5, lon: 3 });
    // Place Bellecour, Lyon: about 842 100 E, 6 519 000 N in Lambert 93.
    const bellecour = lambert93ToWgs84(842100, 6518950);
    expect(bellecour.lat).toBeCloseTo(45.7578, 2);
    expect(bellecour.lon).toBeCloseTo(4.832, 2);
    const back = wgs84ToLambert93(bellecour.lat, bellecour.lon);
    expect(Math.abs(back.x - 842100)).toBeLessThan(0.2);
  });
});

describe('FINESS import', () => {
  it('keeps the territory’s open establishments of the directory’s categories, with tidy names and WGS84 points', () => {
    const result = run();
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => f.record.sourceId)).toEqual(['690099001', '690099002', '690099003', '690099004', '690099005']);
    const notices = result.notices.map(formatProblem);
    expect(notices).toContain(`${FIXTURE}:10: dateouv: 690099009 opens on 2027-03-01, after the extract date: not imported yet`);
    expect(notices).toContain(`${FIXTURE}: (file): 5 establishments of the territory kept; 1 of the directory's categories outside the territory and 2 of other categories left out (see src/features/opendata/import/finess-categories.ts)`);
    const csapa = readYaml(readFileSync(join(dir, 'csapa-de-bron-690099003.yaml'), 'utf8')) as any;
    expect(csapa).toMatchObject({
      name: 'CSAPA de Bron',
      categories: ['addictions'],
      location: { street: '12 bis rue de la Republique', postcode: '69500', commune: 'Bron', insee: '69029' },
      phones: [{ number: '+33199005002' }],
      cost: 'free',
      verifiedOn: '2026-10-01',
      imported: { source: 'finess', sourceId: '690099003' },
    });
    expect(csapa.location.coordinates.lat).toBeCloseTo(45.7386, 4);
    expect(csapa.location.coordinates.lon).toBeCloseTo(4.9128, 4);
    const cmp = readYaml(readFileSync(join(dir, 'centre-medico-psychologique-adultes-de-villeurbanne-690099001.yaml'), 'utf8')) as any;
    expect(cmp.name).toBe('Centre Medico Psychologique Adultes de Villeurbanne');
    expect(cmp.location.street).toBe('45 cours Emile Zola');
    // Decoded as Windows-1252: the category label keeps its accents.
    expect(cmp.source.note).toContain('Centre Médico-Psychologique (C.M.P.)');
  });

  it('re-import updates from FINESS but keeps what the CLSM rewrote', () => {
    run();
    const path = join(dir, 'cmpp-de-decines-charpieu-690099005.yaml');
    const entry = readYaml(readFileSync(path, 'utf8')) as any;
    entry.description = 'Texte du CLSM.';
    writeFileSync(path, writeYaml(entry));
    const newer = join(dir, 'newer.csv');
    writeFileSync(newer, Buffer.from(readFileSync(FIXTURE, 'latin1').replace('0199005003', '0199005009'), 'latin1'));
    const again = run(newer);
    expect(again.problems).toEqual([]);
    const cmpp = again.files.find((f) => f.record.sourceId === '690099005');
    expect(cmpp).toMatchObject({ action: 'update', changed: ['phones'], kept: ['description'] });
    expect(readYaml(readFileSync(path, 'utf8'))).toMatchObject({ description: 'Texte du CLSM.', phones: [{ number: '+33199005009' }] });
  });

  it('reports an establishment without coordinates and writes nothing', () => {
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, Buffer.from(readFileSync(FIXTURE, 'latin1').replace(/geolocalisation;690099002;[^\r\n]*\r\n/, ''), 'latin1'));
    const result = run(broken);
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/broken\.csv:3: geolocalisation: expected a "geolocalisation" line with Lambert 93 coordinates for 690099002/)]);
    expect(result.written).toBe(false);
  });

  it('builds INSEE codes from département and commune, overseas included', () => {
    expect(inseeOf('69', '266')).toBe('69266');
    expect(inseeOf('2A', '4')).toBe('2A004');
    expect(inseeOf('9A', '120')).toBe('97120');
    expect(tidyName('  CMP   ENFANTS DE BRON ')).toBe('CMP Enfants de Bron');
  });

  it('maps every kept category to categories of the taxonomy', () => {
    const ids = loadTaxonomy().terms.map((t) => t.id);
    for (const category of FINESS_CATEGORIES) for (const id of category.categories) expect(ids, `${category.code} → ${id}`).toContain(id);
    expect(new Set(FINESS_CATEGORIES.map((c) => c.code)).size).toBe(FINESS_CATEGORIES.length);
  });
});
