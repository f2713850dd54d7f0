/** The data·inclusion importer on a fixture in the national schema v1: draft entries of the territory, to be checked. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readYaml } from '../../../core/yaml.ts';
import { formatProblem } from '../../../core/content-errors.ts';
import { importFile } from './cli.ts';
import { convertDataInclusion } from './data-inclusion.ts';

const FOLDER = 'tests/fixtures/data-inclusion';
const TODAY = '2026-11-22';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clsm-di-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const run = (file: string) => importFile('data-inclusion', convertDataInclusion, file, { dir, today: TODAY });
const entry = (name: string) => readYaml(readFileSync(join(dir, name), 'utf8')) as any;

describe('data·inclusion import', () => {
  it('reads a fixture that is valid against the official schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const [schema, file] of [['structure', 'structures'], ['service', 'services']] as const) {
      const validate = ajv.compile(JSON.parse(readFileSync(`vendor/data-inclusion/${schema}.json`, 'utf8')) as object);
      for (const row of JSON.parse(readFileSync(`${FOLDER}/${file}.json`, 'utf8')) as object[]) expect(validate(row) ? [] : validate.errors).toEqual([]);
    }
  });

  it('creates draft entries for the territory’s mental-health services, to be checked, and reports what it left out', () => {
    const result = run(FOLDER);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.files.map((f) => [f.record.sourceId, f.action])).toEqual([
      ['dora--groupe-parole', 'create'],
      ['dora--soutien-aidants', 'create'],
      ['dora--ligne-ecoute', 'create'],
    ]);
    expect(result.notices.map(formatProblem)).toEqual(
      expect.arrayContaining([
        `${FOLDER}: (territory): 1 services outside the territory were skipped: dora--consultation-lyon3 (69383)`,
        `${FOLDER}: (file): 3 services kept as drafts to be checked; 1 on other themes left out`,
      ]),
    );
    const group = entry('groupe-de-parole-entre-pairs-groupe-parole.yaml');
    expect(group).toMatchObject({
      name: 'Groupe de parole entre pairs',
      organization: { name: 'Association Écoute Est (fictive)', website: 'https://ecoute-est.example.org' },
      categories: ['soins'],
      audiences: ['tous-publics'],
      delivery: ['in-person'],
      location: { street: '12 rue Francis de Pressensé', postcode: '69100', commune: 'Villeurbanne', insee: '69266', coordinates: { lat: 45.7667, lon: 4.8797 } },
      phones: [{ number: '+33199005030' }],
      hours: 'Tu 18:00-20:00',
      appointment: 'walk-in',
      referral: false,
      cost: 'free',
      source: { url: 'https://dora.inclusion.gouv.fr/services/groupe-parole' },
      imported: { source: 'data-inclusion', sourceId: 'dora--groupe-parole' },
    });
    expect(group.verifiedOn).toBeUndefined();
    // The structure gives the point when the service has none.
    expect(entry('soutien-aux-proches-aidants-soutien-aidants.yaml')).toMatchObject({ categories: ['aidants'], audiences: ['familles'], appointment: 'by-phone', location: { commune: 'Bron', coordinates: { lat: 45.738, lon: 4.9128 } } });
    expect(entry('ligne-d-ecoute-du-soir-ligne-ecoute.yaml')).toMatchObject({ delivery: ['remote'], cost: 'fee', costNote: 'Frais non précisés par la source : à vérifier.' });
  });

  it('reads services.json alone, with structures.json beside it, or one object with both', () => {
    expect(run(`${FOLDER}/services.json`).files).toHaveLength(3);
    const both = join(dir, 'both.json');
    writeFileSync(both, JSON.stringify({ structures: JSON.parse(readFileSync(`${FOLDER}/structures.json`, 'utf8')), services: JSON.parse(readFileSync(`${FOLDER}/services.json`, 'utf8')) }));
    const result = importFile('data-inclusion', convertDataInclusion, both, { dir: join(dir, 'other'), today: TODAY });
    expect(result.files.map((f) => f.record.sourceId)).toEqual(['dora--groupe-parole', 'dora--soutien-aidants', 'dora--ligne-ecoute']);
  });

  it('refuses a file that is not data·inclusion and writes nothing', () => {
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, '{"pmej": []}');
    const result = run(wrong);
    expect(result.problems.map(formatProblem)).toEqual([expect.stringContaining('expected data·inclusion services')]);
    expect(result.written).toBe(false);
  });
});
