/**
 * Lambert 93 (EPSG:2154, the French official projection used by the FINESS
 * extract) to WGS84 longitude/latitude, with proj4. RGF93 and WGS84 differ
 * by less than a metre, hence the null datum shift.
 */
import proj4 from 'proj4';

const LAMBERT_93 = '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const converter = proj4(LAMBERT_93, 'WGS84');

/** WGS84 point of Lambert 93 metres, rounded to 6 decimals (about 10 cm). */
export function lambert93ToWgs84(x: number, y: number): { lat: number; lon: number } {
  const [lon, lat] = converter.forward([x, y]);
  return { lat: Math.round((lat ?? 0) * 1e6) / 1e6, lon: Math.round((lon ?? 0) * 1e6) / 1e6 };
}

/** Lambert 93 metres of a WGS84 point (used to write test fixtures). */
export function wgs84ToLambert93(lat: number, lon: number): { x: number; y: number } {
  const [x, y] = converter.inverse([lon, lat]);
  return { x: Math.round((x ?? 0) * 10) / 10, y: Math.round((y ?? 0) * 10) / 10 };
}
