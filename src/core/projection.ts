/**
 * The legal projected coordinate systems of France (décret n° 2000-1276,
 * amended by décret n° 2019-165 of 5 March 2019), converted to WGS84
 * longitude/latitude with proj4. Registers such as FINESS give an
 * establishment's position in the projection of its department: Lambert-93
 * in metropolitan France and Corsica, UTM in each overseas department. The
 * commune's INSEE code picks the projection.
 *
 * Definitions are those of the EPSG registry (codes below). Every one of
 * these frames realises the ITRS/ETRS89 and stays within a metre of WGS84,
 * hence the null datum shift.
 */
import proj4 from 'proj4';

export interface Projection {
  /** EPSG code. */
  epsg: number;
  /** Name as in the EPSG registry. */
  name: string;
  /** proj4 definition. */
  definition: string;
}

const utm = (zone: number, south: boolean) => `+proj=utm +zone=${zone}${south ? ' +south' : ''} +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`;

export const LAMBERT_93: Projection = {
  epsg: 2154,
  name: 'RGF93 v1 / Lambert-93',
  definition: '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
};
const ANTILLES: Projection = { epsg: 5490, name: 'RGAF09 / UTM zone 20N', definition: utm(20, false) };

/** Projection by department code (the first 3 characters of an overseas INSEE code, 2 otherwise). */
const OVERSEAS: Record<string, Projection> = {
  '971': ANTILLES, // Guadeloupe
  '972': ANTILLES, // Martinique
  '977': ANTILLES, // Saint-Barthélemy
  '978': ANTILLES, // Saint-Martin
  '973': { epsg: 2972, name: 'RGFG95 / UTM zone 22N', definition: utm(22, false) },
  '974': { epsg: 2975, name: 'RGR92 / UTM zone 40S', definition: utm(40, true) },
  '975': { epsg: 4467, name: 'RGSPM06 / UTM zone 21N', definition: utm(21, false) },
  '976': { epsg: 4471, name: 'RGM04 / UTM zone 38S', definition: utm(38, true) },
};

/** The projection a register uses for a commune, from its INSEE code ("69266", "2A004", "97101"). */
export function projectionFor(insee: string): Projection {
  return OVERSEAS[insee.slice(0, 3)] ?? LAMBERT_93;
}

const converters = new Map<number, proj4.Converter>();
function converter(projection: Projection): proj4.Converter {
  let found = converters.get(projection.epsg);
  if (!found) {
    found = proj4(projection.definition, 'WGS84');
    converters.set(projection.epsg, found);
  }
  return found;
}

/** WGS84 point of projected metres (easting, northing), rounded to 6 decimals (about 10 cm). */
export function toWgs84(projection: Projection, easting: number, northing: number): { lat: number; lon: number } {
  const [lon, lat] = converter(projection).forward([easting, northing]);
  return { lat: Math.round((lat ?? 0) * 1e6) / 1e6, lon: Math.round((lon ?? 0) * 1e6) / 1e6 };
}

/** Projected metres of a WGS84 point, to 0.1 m (used to write test fixtures). */
export function fromWgs84(projection: Projection, lat: number, lon: number): { x: number; y: number } {
  const [x, y] = converter(projection).inverse([lon, lat]);
  return { x: Math.round((x ?? 0) * 10) / 10, y: Math.round((y ?? 0) * 10) / 10 };
}
