import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../core/site-config.ts';
import { writeFilesAtomically } from '../../core/write-files.ts';
import { planInit, shortNameOf, type InitOptions } from './init.ts';

const CONTOURS = 'tests/fixtures/contours/communes-29-extrait.geojson';
let dir = '';
let options: InitOptions;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'init-'));
  cpSync('content', dir, { recursive: true });
  options = { contentDir: dir, name: 'Conseil local de santé mentale de Douarnenez Communauté', communes: ['242900645'], contoursFile: CONTOURS };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run init on the sample', () => {
  it('plans the new site.yaml, outlines and checklist, and the removal of the sample territory only', () => {
    const plan = planInit(options);
    expect(plan.needsConfirmation).toBe(false);
    const removed = plan.remove.map((p) => p.slice(dir.length + 1));
    expect(removed).toContain(join('resources', 'gem-bron.yaml'));
    expect(removed).toContain(join('events', '2026-10-13-cine-debat-les-intranquilles.yaml'));
    expect(removed).toContain('sectors.yaml');
    expect(removed).toContain(join('figures', 'file-active-cmp.yaml'));
    // National and general content stays.
    expect(removed).not.toContain(join('resources', '3114-prevention-suicide.yaml'));
    expect(removed).not.toContain(join('guides', 'fr', 'aider-un-proche.mdx'));
    expect(removed).not.toContain(join('figures', 'episodes-depressifs-france.yaml'));
    expect(removed).not.toContain(join('clsm', 'governance.yaml'));
    expect(plan.checklist).toMatch(/contact/);
    expect(plan.checklist).toMatch(/Douarnenez \(29046\), Poullan-sur-Mer \(29226\)/);
  });

  it('writes a site.yaml that the build accepts, with the communes, their centres and the map frame', () => {
    const plan = planInit(options);
    writeFilesAtomically(plan.write, plan.remove);
    const site = loadSiteConfig(join(dir, 'site.yaml'));
    expect(site.clsm.shortName).toBe('CLSM de Douarnenez Communauté');
    expect(site.territory.communes.map((c) => c.name)).toEqual(['Douarnenez', 'Poullan-sur-Mer', 'Pouldergat', 'Kerlaz', 'Le Juch']);
    expect(site.territory.communes.every((c) => c.postcodes.includes('29100'))).toBe(true);
    expect(site.map.bounds.west).toBeLessThan(-4.4);
    expect(readdirSync(join(dir, 'resources'))).toContain('3114-prevention-suicide.yaml');
    expect(existsSync(join(dir, 'resources', 'gem-bron.yaml'))).toBe(false);
    expect(readFileSync(join(dir, 'press', 'fiches', 'schizophrenie.mdx'), 'utf8')).toMatch(/^relatedFigures: \[\]$/m);
    expect(JSON.parse(readFileSync(join(dir, 'territory.geojson'), 'utf8')).features).toHaveLength(5);
  });

  it('asks before removing anything once the site is no longer the sample', () => {
    const plan = planInit({ ...options, communes: ['Douarnenez'] });
    expect(plan.needsConfirmation).toBe(true);
  });

  it('keeps the demo with --keep-sample, and its communes, so that its places still build (its sector map cannot stay)', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'init-keep-'));
    cpSync('content', fresh, { recursive: true });
    try {
      const plan = planInit({ ...options, contentDir: fresh, keepSample: true });
      expect(plan.remove).toEqual([join(fresh, 'sectors.yaml')]);
      expect(plan.site.territory.communes.map((c) => c.name)).toEqual(['Douarnenez', 'Poullan-sur-Mer', 'Pouldergat', 'Kerlaz', 'Le Juch', 'Villeurbanne', 'Vaulx-en-Velin', 'Bron', 'Décines-Charpieu']);
      expect(plan.site.map.bounds.east).toBeGreaterThan(5);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});

describe('the short name', () => {
  it('shortens the full name to fit the header', () => {
    expect(shortNameOf('Conseil local de santé mentale du Pays de Douarnenez')).toBe('CLSM du Pays de Douarnenez');
    expect(shortNameOf('Conseil local de santé mentale des communes de la vallée de la Haute-Bruche et environs').length).toBeLessThanOrEqual(40);
  });
});
