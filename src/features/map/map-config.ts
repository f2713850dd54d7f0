/**
 * What the <resource-map> element needs to know about the site's map,
 * derived from `map` in site.yaml, and the Content Security Policy sources
 * a third-party basemap requires.
 */
import type { Basemap, SiteConfig } from '../../core/schema/site.ts';

/** The element's configuration, serialised into the page. */
export interface MapConfig {
  centre: [number, number];
  zoom: number;
  /** [west, south, east, north]. */
  bounds: [number, number, number, number];
  basemap: Basemap;
  /** URL of the territory outline (GeoJSON), when the CLSM supplies one. */
  outline?: string | undefined;
}

/** Where the outline is served when `content/territory.geojson` exists. */
export const OUTLINE_PATH = '/map/territory.geojson';

export function mapConfig(site: SiteConfig, hasOutline: boolean): MapConfig {
  const { centre, zoom, bounds, basemap } = site.map;
  return {
    centre: [centre.lon, centre.lat],
    zoom,
    bounds: [bounds.west, bounds.south, bounds.east, bounds.north],
    basemap,
    outline: hasOutline ? OUTLINE_PATH : undefined,
  };
}

/**
 * The tile URLs a raster template stands for. `{s}` (sub-domains a, b, c
 * in the Leaflet convention) is expanded, since MapLibre does not know it.
 */
export function rasterTileUrls(template: string): string[] {
  return template.includes('{s}') ? ['a', 'b', 'c'].map((s) => template.replace('{s}', s)) : [template];
}

/**
 * CSP sources for a basemap: the raster provider's origin(s) for
 * `img-src` (Leaflet draws tiles as images) and `connect-src` (MapLibre
 * fetches them); nothing for `none` and `pmtiles`, which stay on the site.
 */
export function basemapCspSources(basemap: Basemap): string[] {
  if (basemap.kind !== 'raster') return [];
  return [...new Set(rasterTileUrls(basemap.tiles).map((url) => new URL(url.replace(/\{[a-z]+\}/g, '0')).origin))];
}
