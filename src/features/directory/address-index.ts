/**
 * The address index shipped with the site (`/ressources/mon-cmp/adresses.json`),
 * written by `npm run import:addresses` from the Base Adresse Nationale
 * and read in the browser by "Quel est mon CMP ?" and "Autour de moi".
 * Browser-safe: no Node import.
 *
 * It is compact because a resident on a phone downloads it: one row per
 * street, house numbers as numbers (a string only when the number has a
 * repetition index, "12 bis"), and coordinates as integers in units of
 * 1/10,000 degree (about 11 m north-south, 8 m east-west here: enough to
 * measure a distance to a CMP in tenths of a kilometre), delta-encoded
 * along the street so that gzip finds the repeats.
 */

/** Decimal places kept from the BAN's coordinates. */
export const COORDINATE_DECIMALS = 4;
const SCALE = 10 ** COORDINATE_DECIMALS;

export interface AddressCommune {
  insee: string;
  name: string;
  postcodes: string[];
}

/** [commune index, street name as in the BAN, house numbers, delta-encoded lat/lon pairs]. */
export type AddressStreet = [commune: number, name: string, numbers: (number | string)[], coordinates: number[]];

export interface AddressIndex {
  version: 1;
  /** Where the addresses come from, e.g. "Base Adresse Nationale, adresses-69.csv". */
  source: string;
  communes: AddressCommune[];
  streets: AddressStreet[];
}

export interface Position {
  lat: number;
  lon: number;
}

/** Integer pairs (absolute first, then differences) from positions in degrees. */
export function encodeCoordinates(positions: readonly Position[]): number[] {
  const out: number[] = [];
  let lat = 0;
  let lon = 0;
  for (const p of positions) {
    const a = Math.round(p.lat * SCALE);
    const o = Math.round(p.lon * SCALE);
    out.push(a - lat, o - lon);
    lat = a;
    lon = o;
  }
  return out;
}

/** The positions in degrees back from `encodeCoordinates`. */
export function decodeCoordinates(coordinates: readonly number[]): Position[] {
  const out: Position[] = [];
  let lat = 0;
  let lon = 0;
  for (let i = 0; i + 1 < coordinates.length; i += 2) {
    lat += coordinates[i] ?? 0;
    lon += coordinates[i + 1] ?? 0;
    out.push({ lat: lat / SCALE, lon: lon / SCALE });
  }
  return out;
}

/** "12 bis" → { number: 12, rep: "bis" }; 12 → { number: 12, rep: "" }. */
export function splitHouseNumber(value: number | string): { number: number; rep: string } {
  if (typeof value === 'number') return { number: value, rep: '' };
  const space = value.indexOf(' ');
  return { number: Number(value.slice(0, space)), rep: value.slice(space + 1) };
}

/** The house number as written on a letter: 12, "12 bis". */
export function houseNumberLabel(number: number, rep: string): number | string {
  return rep === '' ? number : `${number} ${rep}`;
}

/** The index as written to content/addresses.json: one street a line, so a re-import reads as a diff. */
export function addressIndexJson(index: AddressIndex): string {
  const head = JSON.stringify({ version: index.version, source: index.source, communes: index.communes });
  return `${head.slice(0, -1)},"streets":[\n${index.streets.map((s) => JSON.stringify(s)).join(',\n')}\n]}\n`;
}
