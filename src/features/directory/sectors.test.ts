import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readYaml, writeYaml } from '../../core/yaml.ts';
import { findPlace, loadSectors, placeKey } from './sectors.ts';
import { loadSiteConfig } from '../../core/site-config.ts';
import { ContentError } from '../../core/content-errors.ts';
import { resolveSectors } from './sector-rules.ts';
import { loadAddressIndex, streetKeysOf } from './address-file.ts';

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

  it('answers one adult and one child sector for an address, by side and by house number', () => {
    const map = loadSectors({ file: 'content/sectors.yaml', site, entryIds })!;
    const villeurbanne = map.rules.find((r) => r.name === 'Villeurbanne')!;
    expect(resolveSectors(villeurbanne, 'rue-anatole-france', 12)).toMatchObject({ adults: ['adultes-villeurbanne-nord-ouest'], children: ['enfants-villeurbanne'] });
    expect(resolveSectors(villeurbanne, 'cours-emile-zola', 45)).toMatchObject({ adults: ['adultes-villeurbanne-nord-ouest'] });
    expect(resolveSectors(villeurbanne, 'cours-emile-zola', 46)).toMatchObject({ adults: ['adultes-villeurbanne-sud-est'] });
    expect(resolveSectors(villeurbanne, 'rue-francis-de-pressense', 12).adults).toEqual(['adultes-villeurbanne-nord-ouest']);
    expect(resolveSectors(villeurbanne, 'rue-francis-de-pressense', 81).adults).toEqual(['adultes-villeurbanne-sud-est']);
    const bron = map.rules.find((r) => r.name === 'Bron')!;
    expect(resolveSectors(bron, 'avenue-franklin-roosevelt', 14)).toEqual({ adults: ['adultes-bron'], children: ['enfants-est'], parts: [] });
  });

  it('gives both candidates and the reason when the rules cannot decide', () => {
    const map = loadSectors({ file: 'content/sectors.yaml', site, entryIds })!;
    const villeurbanne = map.rules.find((r) => r.name === 'Villeurbanne')!;
    const both = ['adultes-villeurbanne-nord-ouest', 'adultes-villeurbanne-sud-est'];
    expect(resolveSectors(villeurbanne, 'rue-francis-de-pressense', 80)).toMatchObject({ adults: both, children: ['enfants-villeurbanne'], reason: 'boundary' });
    expect(resolveSectors(villeurbanne, 'cours-emile-zola')).toMatchObject({ adults: both, reason: 'no-number' });
    expect(resolveSectors(villeurbanne, 'rue-paul-verlaine', 3)).toMatchObject({ adults: both, reason: 'unlisted' });
    const gap = { ...villeurbanne, streets: { 'rue-x': [{ area: 'A', adults: 'a', children: 'c', to: 10 }, { area: 'B', adults: 'b', children: 'c', from: 20 }] } };
    expect(resolveSectors(gap, 'rue-x', 15)).toMatchObject({ adults: ['a', 'b'], reason: 'gap' });
  });

  it('gives a split street one static page that lists its parts', () => {
    const map = loadSectors({ file: 'content/sectors.yaml', site, entryIds })!;
    const zola = map.places.find((p) => p.path === 'villeurbanne/cours-emile-zola')!;
    expect(zola.parts?.map((p) => [p.side, p.adults])).toEqual([['odd', 'adultes-villeurbanne-nord-ouest'], ['even', 'adultes-villeurbanne-sud-est']]);
  });

  it('names a part of a street without side or numbers, and a whole street also split elsewhere', () => {
    expect(problems((d) => { d.communes[0].areas[0].streets.push({ street: 'rue Racine' }); })).toEqual([
      'communes.0.areas.0.streets.9.street: expected side (even or odd), from or to; for the whole street write its name alone',
    ]);
    expect(problems((d) => { d.communes[0].areas[1].streets.push('cours Emile Zola'); })[0]).toMatch(/^communes\.0\.areas\.1\.streets\.9: expected each street or district in one area only, or split by side or house numbers/);
    expect(problems((d) => { d.communes[0].areas[0].streets[8].side = 'left'; })[0]).toMatch(/^communes\.0\.areas\.0\.streets\.8/);
  });

  it('names a street the address index does not know, and knows every street of the sample', () => {
    const index = loadAddressIndex(site, 'content/addresses.json')!;
    const streetKeys = streetKeysOf(index);
    expect(() => loadSectors({ file: 'content/sectors.yaml', site, entryIds, streetKeys })).not.toThrow();
    const data = readYaml(sample) as Record<string, any>;
    data.communes[0].areas[0].streets[0] = 'avenue Henri-Barbuse';
    const file = join(dir, 'sectors-streets.yaml');
    writeFileSync(file, writeYaml(data));
    expect(() => loadSectors({ file, site, entryIds, streetKeys })).toThrow(
      'communes.0.areas.0.streets.0: expected a street of Villeurbanne as the Base Adresse Nationale names it (content/addresses.json); "avenue Henri-Barbuse" is not one',
    );
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
      'communes.0.areas.1.streets.9: expected each street or district in one area only, or split by side or house numbers (side, from, to) in every area that lists it; "Avenue Henri Barbusse" is also in area "Nord et ouest (Charpennes, Tonkin, Gratte-Ciel, Croix-Luizet, La Doua, Saint-Jean, Les Buers)"',
    ]);
  });

  it('names a sector of the wrong kind and a missing commune', () => {
    expect(problems((d) => { d.communes[2].children = 'adultes-bron'; d.communes.pop(); })).toEqual([
      'communes.2.children: expected a sector for children; "adultes-bron" is for adults',
      'communes: expected every commune of the territory; "Décines-Charpieu" is missing',
    ]);
  });
});
