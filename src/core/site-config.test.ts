import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readYaml, writeYaml } from './yaml.ts';
import { siteConfig } from './schema/site.ts';
import { parseYaml } from './yaml.ts';
import { ContentError } from './content-errors.ts';
import { loadSiteConfig } from './site-config.ts';

const sample = readFileSync('content/site.yaml', 'utf8');

/** The sample configuration with one change applied, as YAML text. */
function variant(change: (config: Record<string, any>) => void): string {
  const config = readYaml(sample) as Record<string, any>;
  change(config);
  return writeYaml(config);
}

/** The `field: message` lines reported for a configuration. */
function problems(text: string): string[] {
  try {
    parseYaml(text, siteConfig, 'content/site.yaml');
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('site configuration', () => {
  it('accepts the sample configuration and normalises its phones', () => {
    const site = loadSiteConfig('content/site.yaml');
    expect(site.territory.communes.map((c) => c.insee)).toEqual(['69266', '69256', '69029', '69275']);
    expect(site.contact.phone).toBe('+33199001000');
    expect(site.crisisContacts[0]?.example).toBe(true);
  });

  it('has no e-mail subscription unless the CLSM names a provider, and then only an https sign-up page', () => {
    expect(loadSiteConfig('content/site.yaml').newsletter).toBeUndefined();
    expect(problems(variant((c) => { c.newsletter = { provider: 'Prestataire', url: 'https://exemple.fr/inscription' }; }))).toEqual([]);
    expect(problems(variant((c) => { c.newsletter = { provider: 'Prestataire', url: 'http://exemple.fr/inscription' }; }))[0]).toMatch(/^content\/site\.yaml: newsletter\.url: /);
  });

  it('names the file, the field and the expected form of an INSEE code', () => {
    const text = variant((c) => { c.territory.communes[0].insee = '691'; });
    expect(problems(text)).toEqual([
      'content/site.yaml: territory.communes.0.insee: expected a 5-character INSEE commune code such as "69266"',
    ]);
  });

  it('rejects an invalid phone number with the expected form', () => {
    const [problem] = problems(variant((c) => { c.contact.press.phone = '04 72'; }));
    expect(problem).toMatch(/^content\/site\.yaml: contact\.press\.phone: "04 72" is not a valid phone number: expected a French phone number/);
  });

  it('rejects a commune whose centre lies outside the map bounds', () => {
    const text = variant((c) => { c.territory.communes[1].centre = { lat: 48.85, lon: 2.35 }; });
    expect(problems(text)).toEqual([
      'content/site.yaml: territory.communes.1.centre: expected the centre of Vaulx-en-Velin to lie inside map.bounds',
    ]);
  });

  it('rejects inverted bounds', () => {
    expect(problems(variant((c) => { c.map.bounds.north = 45.0; }))).toContain(
      'content/site.yaml: map.bounds.north: expected south to be smaller than north',
    );
  });

  it('rejects an unknown basemap kind and a raster basemap without a template', () => {
    expect(problems(variant((c) => { c.map.basemap = { kind: 'google' }; }))[0]).toMatch(/map\.basemap\.kind: expected basemap\.kind to be one of: none, pmtiles, raster/);
    const raster = variant((c) => {
      c.map.basemap = { kind: 'raster', provider: 'OSM', tiles: 'http://tile.example/{z}/{x}/{y}.png', attribution: 'OSM', policyUrl: 'https://example.org' };
    });
    expect(problems(raster)).toEqual(['content/site.yaml: map.basemap.tiles: expected an https:// URL template with {z}, {x} and {y}']);
  });

  it('requires French first among the languages and no unknown language', () => {
    expect(problems(variant((c) => { c.languages = ['en', 'fr']; }))).toEqual([
      'content/site.yaml: languages: expected French ("fr") first: it is served at "/"',
    ]);
    expect(problems(variant((c) => { c.languages = ['fr', 'de']; }))[0]).toMatch(/^content\/site\.yaml: languages\.1: expected one of: fr, en/);
  });

  it('reports a missing field by its path', () => {
    const [problem] = problems(variant((c) => { delete c.clsm.name; }));
    expect(problem).toMatch(/^content\/site\.yaml: clsm\.name: /);
  });

  it('reports YAML syntax errors as such', () => {
    expect(problems('clsm: [unclosed')[0]).toMatch(/^content\/site\.yaml: \(syntax\): expected valid YAML/);
  });

  it('rejects a repeated INSEE code', () => {
    const text = variant((c) => { c.territory.communes[3].insee = '69266'; });
    expect(problems(text)).toEqual(['content/site.yaml: territory.communes.3.insee: expected each INSEE code once; 69266 is repeated']);
  });
});
