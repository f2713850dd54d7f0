import { describe, expect, it } from 'vitest';
import { byDistance, distanceKm, formatKm, matchCommune } from './geo.ts';
import { loadSiteConfig } from '../../core/site-config.ts';

const communes = loadSiteConfig('content/site.yaml').territory.communes;

describe('geo', () => {
  it('measures great-circle distances in km', () => {
    // Villeurbanne to Bron centres: about 4.2 km as the crow flies.
    const km = distanceKm(communes[0]!.centre, communes[2]!.centre);
    expect(km).toBeGreaterThan(3.9);
    expect(km).toBeLessThan(4.5);
    expect(distanceKm({ lat: 45, lon: 4 }, { lat: 45, lon: 4 })).toBe(0);
  });

  it('formats km the French way', () => {
    expect(formatKm(2.345)).toBe('2,3 km');
    expect(formatKm(12.6)).toBe('13 km');
  });

  it('sorts by distance and skips items without a place', () => {
    const sorted = byDistance([{ p: communes[3]!.centre }, { p: undefined }, { p: communes[2]!.centre }], communes[2]!.centre, (i) => i.p);
    expect(sorted.map((s) => Math.round(s.km))).toEqual([0, 5]);
  });

  it('recognises a commune in a typed address by postcode or name', () => {
    expect(matchCommune('12 rue de la Pagère 69500', communes)?.name).toBe('Bron');
    expect(matchCommune('place de la mairie, decines', communes)?.name).toBe('Décines-Charpieu');
    expect(matchCommune('VAULX EN VELIN', communes)?.name).toBe('Vaulx-en-Velin');
    expect(matchCommune('Lyon 3e 69003', communes)).toBeUndefined();
    expect(matchCommune('', communes)).toBeUndefined();
  });
});
