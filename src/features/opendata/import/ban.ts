/**
 * The Base Adresse Nationale (BAN) to the site's address index.
 *
 * Input: the BAN's CSV "pour un usage classique", one file per
 * département (`adresses-69.csv`), as documented on
 * https://adresse.data.gouv.fr/outils/telechargements/format-csv and in
 * https://github.com/BaseAdresseNationale/adresse.data.gouv.fr/blob/master/public/schemas/adresses-csv.md :
 * UTF-8, `;` between fields, the header
 * `id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;…;lon;lat;…`.
 * Only the territory's communes (their INSEE codes in site.yaml) are kept;
 * a département file has hundreds of thousands of rows, so rows of other
 * communes are dropped while the file is parsed.
 *
 * Output: the compact index of address-index.ts. Every problem is reported
 * with the file, the row (header excluded, as every importer counts) and
 * the column; nothing is written when there is one.
 */
import { parse } from 'csv-parse/sync';
import type { ContentProblem } from '../../../core/content-errors.ts';
import type { SiteConfig } from '../../../core/schema/site.ts';
import { readText } from '../../../core/text-file.ts';
import { encodeCoordinates, houseNumberLabel, type AddressIndex, type AddressStreet } from '../../directory/index.ts';

/** The columns this importer reads; the BAN file has more, which are ignored. */
export const BAN_COLUMNS = ['id', 'numero', 'rep', 'nom_voie', 'code_postal', 'code_insee', 'nom_commune', 'lon', 'lat'] as const;
type Column = (typeof BAN_COLUMNS)[number];

export interface BanConversion {
  index: AddressIndex;
  problems: ContentProblem[];
  /** Rows read, rows kept (the territory's), streets written. */
  stats: { rows: number; kept: number; streets: number; numbers: number };
}

interface House {
  number: number;
  rep: string;
  lat: number;
  lon: number;
}

/** Reads a BAN CSV file and builds the territory's address index. */
export function convertBan(path: string, display: string, site: SiteConfig, source = 'Base Adresse Nationale'): BanConversion {
  const communes = site.territory.communes.map((c) => ({ insee: c.insee, name: c.name, postcodes: [...c.postcodes] }));
  const empty: AddressIndex = { version: 1, source, communes, streets: [] };
  const fail = (problem: ContentProblem): BanConversion => ({ index: empty, problems: [problem], stats: { rows: 0, kept: 0, streets: 0, numbers: 0 } });
  const read = readText(path, display);
  if (!read.ok) return fail(read.problem);
  const header = (read.text.split(/\r?\n/, 1)[0] ?? '').split(';').map((h) => h.trim());
  const missing = BAN_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return fail({
      file: display,
      field: '(header)',
      message: `expected the Base Adresse Nationale CSV header (id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;…;lon;lat;…, separated by ";"); missing: ${missing.join(', ')}. Download "adresses-<département>.csv" from https://adresse.data.gouv.fr/data/ban/adresses/latest/csv/`,
    });
  }
  const at = Object.fromEntries(BAN_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<Column, number>;
  const wanted = new Map(communes.map((c, i) => [c.insee, i]));
  const problems: ContentProblem[] = [];
  let rows = 0;
  const kept: { row: number; cells: string[] }[] = [];
  try {
    parse(read.text, {
      delimiter: ';',
      from_line: 2,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (cells: string[], context: { lines: number }) => {
        rows += 1;
        if (wanted.has(cells[at.code_insee] ?? '')) kept.push({ row: context.lines - 1, cells });
        return null;
      },
    });
  } catch (error) {
    return fail({ file: display, field: '(syntax)', message: `expected a CSV file separated by ";": ${(error as Error).message}` });
  }

  const streets = new Map<string, { commune: number; name: string; houses: Map<string, House> }>();
  for (const { row, cells } of kept) {
    const cell = (c: Column) => (cells[at[c]] ?? '').trim();
    const problem = (field: Column, message: string) => problems.push({ file: display, row, field, message });
    const numero = cell('numero');
    const lat = Number(cell('lat'));
    const lon = Number(cell('lon'));
    const name = cell('nom_voie');
    const rep = cell('rep').toLowerCase();
    let ok = true;
    if (!/^\d{1,5}$/.test(numero)) {
      problem('numero', `expected a house number (digits only, the index "bis" or "a" goes in rep); got "${numero}"`);
      ok = false;
    }
    if (!/^[a-z]{0,10}$/.test(rep)) {
      problem('rep', `expected a repetition index such as "bis", "ter" or "a", or nothing; got "${cell('rep')}"`);
      ok = false;
    }
    if (name === '') {
      problem('nom_voie', 'expected the street name');
      ok = false;
    }
    if (cell('lat') === '' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
      problem('lat', `expected a WGS-84 latitude in degrees with a "." (e.g. 45.76672); got "${cell('lat')}"`);
      ok = false;
    }
    if (cell('lon') === '' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
      problem('lon', `expected a WGS-84 longitude in degrees with a "." (e.g. 4.88612); got "${cell('lon')}"`);
      ok = false;
    }
    const commune = wanted.get(cell('code_insee')) ?? 0;
    const postcode = cell('code_postal');
    if (postcode !== '' && !/^\d{5}$/.test(postcode)) {
      problem('code_postal', `expected a five-digit postcode; got "${postcode}"`);
      ok = false;
    }
    if (!ok) continue;
    const communeEntry = communes[commune];
    if (postcode !== '' && communeEntry && !communeEntry.postcodes.includes(postcode)) communeEntry.postcodes.push(postcode);
    const key = `${commune}\u0000${name}`;
    let street = streets.get(key);
    if (!street) {
      street = { commune, name, houses: new Map() };
      streets.set(key, street);
    }
    const house = `${Number(numero)} ${rep}`;
    // The BAN has one position per address; a repeated row keeps the first.
    if (!street.houses.has(house)) street.houses.set(house, { number: Number(numero), rep, lat, lon });
  }
  if (problems.length === 0 && kept.length === 0) {
    problems.push({
      file: display,
      field: 'code_insee',
      message: `expected addresses of the territory's communes (${communes.map((c) => `${c.insee} ${c.name}`).join(', ')}); the file has none: is it the file of the right département?`,
    });
  }
  const rowsOut: AddressStreet[] = [...streets.values()]
    .sort((a, b) => a.commune - b.commune || a.name.localeCompare(b.name, 'fr'))
    .map((s) => {
      const houses = [...s.houses.values()].sort((a, b) => a.number - b.number || a.rep.localeCompare(b.rep));
      return [s.commune, s.name, houses.map((h) => houseNumberLabel(h.number, h.rep)), encodeCoordinates(houses)];
    });
  const numbers = rowsOut.reduce((n, s) => n + s[2].length, 0);
  return { index: { version: 1, source, communes, streets: problems.length > 0 ? [] : rowsOut }, problems, stats: { rows, kept: kept.length, streets: rowsOut.length, numbers } };
}
