import { describe, expect, it } from 'vitest';
import { basemapCspSources, rasterTileUrls } from './map-config.ts';

describe('map configuration', () => {
  it('adds nothing to the CSP for a basemap served by the site or no basemap', () => {
    expect(basemapCspSources({ kind: 'none' })).toEqual([]);
    expect(basemapCspSources({ kind: 'pmtiles', url: '/tiles/t.pmtiles', attribution: '© OpenStreetMap' })).toEqual([]);
  });

  it('allows exactly the raster provider origins, sub-domains expanded', () => {
    const basemap = { kind: 'raster' as const, provider: 'OSM France', tiles: 'https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png', attribution: '© OpenStreetMap', policyUrl: 'https://www.openstreetmap.fr/' };
    expect(basemapCspSources(basemap)).toEqual(['https://a.tile.openstreetmap.fr', 'https://b.tile.openstreetmap.fr', 'https://c.tile.openstreetmap.fr']);
    expect(rasterTileUrls('https://tiles.example.org/{z}/{x}/{y}.png')).toEqual(['https://tiles.example.org/{z}/{x}/{y}.png']);
  });
});
