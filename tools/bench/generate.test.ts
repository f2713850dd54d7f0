import { describe, expect, it } from 'vitest';
import { resource } from '../../src/features/directory/schema/resource.ts';
import { isWithin } from '../../src/core/schema/common.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';
import { syntheticEntries } from './generate.ts';

describe('synthetic directory for the benchmark', () => {
  const entries = syntheticEntries(300);
  const site = loadSiteConfig();

  it('writes entries the resource schema accepts, inside the map bounds', () => {
    for (const entry of entries) {
      expect(resource.safeParse(entry).success).toBe(true);
      expect(isWithin(entry.location!.coordinates, site.map.bounds)).toBe(true);
    }
  });

  it('spreads them over every commune, with varied categories and hours', () => {
    expect(new Set(entries.map((e) => e.location?.commune)).size).toBe(site.territory.communes.length);
    expect(new Set(entries.flatMap((e) => e.categories)).size).toBeGreaterThan(10);
    expect(new Set(entries.map((e) => e.hours)).size).toBeGreaterThan(5);
  });

  it('gives the same site on every run', () => {
    expect(syntheticEntries(20)).toEqual(syntheticEntries(20));
  });
});
