import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readYaml, writeYaml } from '../../core/yaml.ts';
import { findPlace, loadSectors, placeKey } from './sectors.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { ContentError } from '../../core/content-errors.ts';

const site = loadSiteConfig('content/site.yaml');
const sample = readFileSync('content/sectors.yaml', 'utf8');
const entryIds = new Set(['cmp-adultes-villeurbanne', 'cmp-adultes-villeurbanne-est', 'cmp-adultes-vaulx-en-velin', 'cmp-adultes-bron', 'cmp-adultes-decines-charpieu', 'cmp-enfants-villeurbanne', 'cmp-enfants-vaulx-en-velin']);
const dir = mkdtempSync(join(tmpdir(), 'sectors-'));

/** The sample sectors file with one change, loaded; returns the problems as `field: message`. */
function problems(change: (data: Record<string, any>) => void): string[] {
  const data = readYaml(sample) as Record<string, any>;
  change(data);
  const file = join(dir, 'sectors.yaml');
  writeFileSync(file, writeYaml(data));
  try {
    loadSectors({ file, site, entryIds });
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('sectors', () => {
  it('gives every commune an adult and a child CMP, and every street of split Villeurbanne its own page', () => {
    const map = loadSectors({ file: 'content/sectors.yaml', site, entryIds })!;
    const bron = map.places.find((p) => p.path === 'bron');
    expect(bron?.adults.cmp).toBe('cmp-adultes-bron');
    expect(bron?.children.cmp).toBe('cmp-enfants-vaulx-en-velin');
    const villeurbanne = map.communes.find((c) => c.slug === 'villeurbanne')!;
    expect(villeurbanne.split).toBe(true);
    expect(villeurbanne.exampleSplit).toBe(true);
    const blum = villeurbanne.places.find((p) => p.label === 'rue Léon-Blum');
    expect(blum?.path).toBe('villeurbanne/rue-leon-blum');
    expect(blum?.adults.cmp).toBe('cmp-adultes-villeurbanne-est');
    expect(blum?.children.cmp).toBe('cmp-enfants-villeurbanne');
    expect(villeurbanne.places.find((p) => p.label === 'Gratte-Ciel')?.adults.cmp).toBe('cmp-adultes-villeurbanne');
  });

  it('finds the area of a typed address, abbreviations and accents ignored', () => {
    const map = loadSectors({ file: 'content/sectors.yaml', site, entryIds })!;
    const villeurbanne = map.communes.find((c) => c.slug === 'villeurbanne')!;
    expect(findPlace(villeurbanne, '12 r. Leon Blum')?.label).toBe('rue Léon-Blum');
    expect(findPlace(villeurbanne, '3 av henri barbusse')?.label).toBe('avenue Henri-Barbusse');
    expect(findPlace(villeurbanne, 'rue inconnue')).toBeUndefined();
    expect(placeKey('Bd du 11-Novembre-1918')).toBe('boulevard-du-11-novembre-1918');
  });

  it('names an unknown commune', () => {
    expect(problems((d) => { d.communes[1].commune = 'Lyon'; })).toContain(
      'communes.1.commune: expected one of the territory\'s communes in site.yaml (Villeurbanne, Vaulx-en-Velin, Bron, Décines-Charpieu); "Lyon" is not one',
    );
  });

  it('names an unknown CMP entry id', () => {
    expect(problems((d) => { d.sectors[0].cmp = 'cmp-inconnu'; })).toEqual([
      'sectors.0.cmp: expected the id of a listed directory entry (a file name in content/resources/ without .yaml); "cmp-inconnu" is not one',
    ]);
  });

  it('names a street listed in two areas', () => {
    expect(problems((d) => { d.communes[0].areas[1].streets.push('Avenue Henri Barbusse'); })).toEqual([
      'communes.0.areas.1.streets.7: expected each street or district in one area only; "Avenue Henri Barbusse" is also in area "Nord et ouest (Charpennes, Tonkin, Gratte-Ciel, Croix-Luizet, La Doua, Saint-Jean, Les Buers)"',
    ]);
  });

  it('names a sector of the wrong kind and a missing commune', () => {
    expect(problems((d) => { d.communes[2].children = 'adultes-bron'; d.communes.pop(); })).toEqual([
      'communes.2.children: expected a sector for children; "adultes-bron" is for adults',
      'communes: expected every commune of the territory; "Décines-Charpieu" is missing',
    ]);
  });
});
