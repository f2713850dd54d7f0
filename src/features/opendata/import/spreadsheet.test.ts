/** The spreadsheet importer: French headers and values, precise errors, all-or-nothing, hand edits kept. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readYaml, writeYaml } from '../../../core/yaml.ts';
import { formatProblem } from '../../../core/content-errors.ts';
import { importFile } from './cli.ts';
import { convertSpreadsheet } from './spreadsheet.ts';
import { readFrenchHours } from './french-hours.ts';
import { loadDirectory } from '../../directory/index.ts';

const FIXTURES = 'tests/fixtures/spreadsheet';
const TODAY = '2026-11-22';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clsm-sheet-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (file: string, dryRun = false) => importFile('spreadsheet', convertSpreadsheet, file, { dir, today: TODAY, dryRun });

describe('French opening hours', () => {
  it.each([
    ['lun-ven 9h-12h30, 14h-17h', 'Mo-Fr 09:00-12:30,14:00-17:00'],
    ['du lundi au vendredi de 9h à 17h', 'Mo-Fr 09:00-17:00'],
    ['sam 14h-18h', 'Sa 14:00-18:00'],
    ['24h/24', '24/7'],
    ['24h/24, 7j/7', '24/7'],
    ['lundi, mercredi et vendredi 9h-12h', 'Mo,We,Fr 09:00-12:00'],
    ['lun-ven 9h-17h; sam fermé', 'Mo-Fr 09:00-17:00; Sa off'],
    ['Mo-Fr 09:00-17:00; PH off', 'Mo-Fr 09:00-17:00; PH off'],
  ])('reads "%s" as "%s"', (input, expected) => {
    expect(readFrenchHours(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['lundi 9-12', '"9-12" is ambiguous'],
    ['9h-12h', 'has no days'],
    ['le matin', 'could not read "matin"'],
    ['lun-ven 18h-9h', 'not a time range within one day'],
    ['ven-lun 9h-12h', 'runs backwards'],
  ])('refuses "%s" with the reason', (input, reason) => {
    const result = readFrenchHours(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });
});

describe('spreadsheet import', () => {
  it('imports the template and a file of common French forms, normalising values', () => {
    expect(run('templates/annuaire.csv').problems).toEqual([]);
    const result = run(`${FIXTURES}/annuaire-valide.csv`);
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => f.id)).toEqual(['accueil-ecoute-bron-exemple', 'gem-test', 'ligne-d-ecoute-test-exemple']);
    const bron = readYaml(readFileSync(join(dir, 'accueil-ecoute-bron-exemple.yaml'), 'utf8')) as any;
    expect(bron).toMatchObject({
      categories: ['ecoute'],
      location: { commune: 'Bron', insee: '69029', postcode: '69500', coordinates: { lat: 45.739, lon: 4.91 } },
      phones: [{ number: '+33199006000' }],
      hours: 'Mo-Fr 09:00-17:00',
      appointment: 'walk-in',
      cost: 'free',
      verifiedOn: '2026-11-02',
      imported: { source: 'spreadsheet', sourceId: 'accueil-ecoute-bron-exemple', importedAt: TODAY },
    });
    const gem = readYaml(readFileSync(join(dir, 'gem-test.yaml'), 'utf8')) as any;
    expect(gem.location).toMatchObject({ commune: 'Vaulx-en-Velin', postcode: '69120' });
    expect(gem.audiences).toEqual(['adultes', 'aidants']);
    const line = readYaml(readFileSync(join(dir, 'ligne-d-ecoute-test-exemple.yaml'), 'utf8')) as any;
    expect(line).toMatchObject({ delivery: ['remote'], hours: '24/7', appointment: 'by-phone', audiences: ['tous-publics'] });
    // What was written loads in the build's own loader.
    expect(loadDirectory({ dir, today: TODAY, log: null }).all).toHaveLength(4);
  });

  it('reports every mistake of the file precisely and writes nothing', () => {
    const result = run(`${FIXTURES}/annuaire-erreurs.csv`);
    const lines = result.problems.map(formatProblem);
    const file = `${FIXTURES}/annuaire-erreurs.csv`;
    const expected = [
      [`${file}: column "Fax": expected one of the template's columns`], // extra column
      [`${file}:1: Téléphone (phones.0.number): "01 23 45" is not a valid phone number`], // bad phone
      [`${file}:2: Commune: expected one of the territory's communes (Villeurbanne, Vaulx-en-Velin, Bron, Décines-Charpieu); "Lyon" is not one`], // unknown commune
      [`${file}:3: Horaires: "lundi 9-12": "9-12" is ambiguous: write hours with "h"`], // ambiguous hours
      [`${file}:4: Nom: expected a value: this column is required`], // missing name
      [`${file}:6: Identifiant (id): expected each id once in the file; "doublon" is also row 5`], // duplicate id
      [`${file}:7: Latitude/Longitude (location.coordinates): expected a point inside the territory's map.bounds in site.yaml (lat 45.71 to 45.81, lon 4.84 to 5.02); got lat 48.853, lon 2.3499`], // out of bounds
      [`${file}:9: Site internet: expected plain text, not a spreadsheet formula: "=HYPERLINK(`], // formula injection
      [`${file}:10: Catégories (categories.0): expected a category id from content/taxonomy.yaml`, `"psychanalyse" is not one`], // unknown category
      [`${file}:11: Vérifié le: expected the date the details were checked, written DD/MM/YYYY`, `got "31/02/2026"`], // impossible date
      [`${file}:12: Publics: "retraités" is not an audience`], // unknown audience
      [`${file}:13: Code postal (location.postcode): expected a postcode of Villeurbanne (69100); got "69300"`], // postcode of another commune
    ];
    for (const parts of expected) expect(lines.some((l) => parts.every((p) => l.includes(p))), `${parts.join(' … ')}\nin:\n${lines.join('\n')}`).toBe(true);
    expect(lines).toHaveLength(expected.length);
    expect(result.notices.map(formatProblem)).toContain(`${file}:8: (row): empty row skipped`);
    expect(result.written).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a Latin-1 file, saying where and how to save it as UTF-8', () => {
    const result = run(`${FIXTURES}/annuaire-latin1.csv`);
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^tests\/fixtures\/spreadsheet\/annuaire-latin1\.csv: \(encoding\): expected a UTF-8 file; line 1 has the byte 0xE9 \("é" in Latin-1\/Windows-1252\).*CSV UTF-8/),
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--dry-run says what would be created, updated and left alone, and writes nothing', () => {
    const dry = run(`${FIXTURES}/annuaire-valide.csv`, true);
    expect(dry.files.map((f) => f.action)).toEqual(['create', 'create', 'create']);
    expect(readdirSync(dir)).toEqual([]);
    run(`${FIXTURES}/annuaire-valide.csv`);
    expect(run(`${FIXTURES}/annuaire-valide.csv`, true).files.map((f) => f.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('re-import updates imported fields but keeps fields edited by hand', () => {
    run(`${FIXTURES}/annuaire-valide.csv`);
    const path = join(dir, 'gem-test.yaml');
    const edited = readYaml(readFileSync(path, 'utf8')) as any;
    edited.description = 'Description réécrite par le CLSM.';
    edited.hoursNote = 'Ajouté à la main.';
    writeFileSync(path, writeYaml(edited));
    const source = readFileSync(`${FIXTURES}/annuaire-valide.csv`, 'utf8').replace('lun-ven 14h-18h; sam 14h-18h', 'lun-ven 13h-18h').replace(/Un lieu d'exemple/g, 'Nouvelle description');
    const changed = join(dir, '..', `${dir.split('/').pop()}-v2.csv`);
    writeFileSync(changed, source);
    try {
      const result = run(changed);
      expect(result.problems).toEqual([]);
      const gem = result.files.find((f) => f.id === 'gem-test');
      expect(gem?.action).toBe('update');
      expect(gem?.changed).toEqual(['hours']);
      expect(gem?.kept).toEqual(['description']);
      const after = readYaml(readFileSync(path, 'utf8')) as any;
      expect(after).toMatchObject({ description: 'Description réécrite par le CLSM.', hoursNote: 'Ajouté à la main.', hours: 'Mo-Fr 13:00-18:00' });
      // Still counted as edited by hand on the next import.
      expect(run(changed).files.find((f) => f.id === 'gem-test')?.action).toBe('unchanged');
    } finally {
      rmSync(changed, { force: true });
    }
  });

  it('never overwrites an entry it did not create', () => {
    writeFileSync(join(dir, 'gem-test.yaml'), readFileSync('content/resources/gem-bron.yaml'));
    const result = run(`${FIXTURES}/annuaire-valide.csv`);
    expect(result.problems.map(formatProblem)).toEqual([expect.stringContaining(':2: Identifiant (id): expected a new id:')]);
    expect(existsSync(join(dir, 'accueil-ecoute-bron-exemple.yaml'))).toBe(false);
  });

  it('runs as npm run import:spreadsheet, exiting 1 with the problems on stderr', () => {
    const cli = spawnSync(process.execPath, ['tools/import-spreadsheet.ts', `${FIXTURES}/annuaire-erreurs.csv`, '--dir', dir], { encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('12 problems: nothing was written.');
    const ok = spawnSync(process.execPath, ['tools/import-spreadsheet.ts', `${FIXTURES}/annuaire-valide.csv`, '--dir', dir, '--dry-run'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('dry run, nothing written: 3 would create, 0 would update, 0 would leave alone');
  });
});
