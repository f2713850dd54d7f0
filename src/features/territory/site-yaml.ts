/**
 * Writes `content/site.yaml` for a new territory, with the comments that
 * explain each part (the values go through core/yaml.ts, so names with
 * apostrophes or colons are quoted correctly). `npm run init` writes it
 * whole; `npm run import:contours` rewrites it with new centres and bounds.
 */
import { writeYaml } from '../../core/yaml.ts';
import type { SiteConfig } from '../../core/schema/site.ts';
import type { Bbox } from './contours.ts';

/** site.yaml as written (before defaults are applied). */
export type SiteYaml = Omit<SiteConfig, 'crisisContacts'> & { crisisContacts: SiteConfig['crisisContacts'] };

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The map's bounds, centre and zoom from the outlines' box: bounds a tenth
 * wider on each side (directory entries just outside a commune's line
 * stay inside), zoom so that the whole territory fits a 600 px wide map.
 */
export function mapFrame(bbox: Bbox): Pick<SiteConfig['map'], 'centre' | 'zoom' | 'bounds'> {
  const [west, south, east, north] = bbox;
  const padLon = Math.max((east - west) * 0.1, 0.01);
  const padLat = Math.max((north - south) * 0.1, 0.01);
  const lonSpan = east - west + 2 * padLon;
  const latSpan = (north - south + 2 * padLat) / Math.cos((((north + south) / 2) * Math.PI) / 180);
  const zoom = Math.floor(Math.log2((600 * 360) / (256 * Math.max(lonSpan, latSpan))));
  return {
    centre: { lat: round((north + south) / 2), lon: round((east + west) / 2) },
    zoom: Math.min(15, Math.max(5, zoom)),
    bounds: { south: round(south - padLat, 3), west: round(west - padLon, 3), north: round(north + padLat, 3), east: round(east + padLon, 3) },
  };
}

/** A block of YAML for one top-level key, without the trailing newline. */
function block(key: string, value: unknown): string {
  return writeYaml({ [key]: value }).trimEnd();
}

export function renderSiteYaml(site: SiteYaml): string {
  return [
    '# Configuration of the site: edit this file to adapt the kit to your CLSM.',
    '# Every field is checked when the site is built; a mistake stops the build',
    '# and names the field and what was expected. Written by `npm run init`;',
    '# the values marked "À COMPLÉTER" are placeholders: see content/checklist.md.',
    '',
    block('url', site.url),
    '',
    '# example: true shows a banner "site d’exemple" on every page: set it to',
    '# false once the placeholders below are replaced.',
    block('clsm', site.clsm),
    '',
    '# The communes and their INSEE codes and postcodes come from the Code',
    '# officiel géographique (@etalab/decoupage-administratif); each centre is',
    '# a point inside the commune, from its outline (npm run import:contours).',
    block('territory', site.territory),
    '',
    block('contact', site.contact),
    '',
    '# Publisher details required by law (loi n° 2004-575, article 6).',
    block('publisher', site.publisher),
    '',
    '# Local crisis contacts, shown after the national lines (3114, 15, 112, 114).',
    '# Each one: name, description, phone (or sms), hours.',
    block('crisisContacts', site.crisisContacts),
    '',
    '# bounds: directory entries must lie inside them. basemap.kind:',
    '# none: the commune outlines and names (content/territory.geojson), no request to another host',
    '# pmtiles: a vector tiles file served by this site (see docs/map.md)',
    '# raster: a third-party tile server, loaded only after the visitor accepts',
    block('map', site.map),
    '',
    block('languages', site.languages),
    '',
  ].join('\n');
}
