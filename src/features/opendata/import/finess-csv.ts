/**
 * The FINESS CSV extraction published on data.gouv.fr (« FINESS Extraction
 * du Fichier des établissements », the geolocated file): semicolon-separated
 * text, Windows-1252 (UTF-8 accepted), a first line
 * `finess;etalab;<version>;<date>`, then one `structureet` line per open
 * establishment and one `geolocalisation` line giving its position in the
 * legal projection of its department (Lambert-93 in metropolitan France,
 * UTM overseas). Column order: the data.gouv.fr documentation of the extract.
 */
import { parse } from 'csv-parse/sync';
import type { ContentProblem } from '../../../core/content-errors.ts';
import { inseeOf, type Establishment } from './finess-establishment.ts';

/** Columns of a `structureet` line, after the section name. */
export const STRUCTURE_COLUMNS = [
  'nofinesset', 'nofinessej', 'rs', 'rslongue', 'complrs', 'compldistrib', 'numvoie', 'typvoie', 'voie', 'compvoie', 'lieuditbp', 'commune',
  'departement', 'libdepartement', 'ligneacheminement', 'telephone', 'telecopie', 'categetab', 'libcategetab', 'categagretab', 'libcategagretab',
  'siret', 'codeape', 'codemft', 'libmft', 'codesph', 'libsph', 'dateouv', 'dateautor', 'maj', 'numuai',
] as const;

type Structure = Record<(typeof STRUCTURE_COLUMNS)[number], string>;

export interface ReadEstablishments {
  establishments: Establishment[];
  /** YYYY-MM-DD the register was extracted, when the file says. */
  extractDate?: string | undefined;
  problems: ContentProblem[];
  notices: ContentProblem[];
}

/** Reads the establishments of a CSV extraction (already decoded). */
export function readFinessCsv(text: string, display: string): ReadEstablishments {
  const notices: ContentProblem[] = [];
  let lines: string[][];
  try {
    lines = parse(text, { delimiter: ';', relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    return { establishments: [], problems: [{ file: display, field: '(syntax)', message: `expected the semicolon-separated FINESS extract: ${(error as Error).message}` }], notices };
  }
  const head = lines[0] ?? [];
  const extractDate = head[0]?.trim().toLowerCase() === 'finess' ? head.find((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.trim()))?.trim() : undefined;
  const structures: { row: number; s: Structure }[] = [];
  const geo = new Map<string, { x: number; y: number }>();
  let unknown = 0;
  lines.forEach((cells, index) => {
    const section = cells[0]?.trim().toLowerCase();
    if (section === 'structureet') {
      structures.push({ row: index + 1, s: Object.fromEntries(STRUCTURE_COLUMNS.map((c, i) => [c, (cells[i + 1] ?? '').trim()])) as Structure });
    } else if (section === 'geolocalisation') {
      const x = Number((cells[2] ?? '').replace(',', '.'));
      const y = Number((cells[3] ?? '').replace(',', '.'));
      if (Number.isFinite(x) && Number.isFinite(y) && x > 0 && y > 0) geo.set((cells[1] ?? '').trim(), { x, y });
    } else if (index > 0) unknown += 1;
  });
  if (structures.length === 0) {
    return { establishments: [], problems: [{ file: display, field: '(file)', message: 'expected the FINESS establishments extract: lines starting with "structureet" and "geolocalisation" separated by ";", or the JSON publication' }], notices };
  }
  if (unknown > 0) notices.push({ file: display, field: '(file)', message: `${unknown} lines were neither "structureet" nor "geolocalisation" and were ignored` });
  const establishments = structures.map(({ row, s }): Establishment => ({
    row,
    finess: s.nofinesset,
    legalFiness: s.nofinessej || undefined,
    name: s.rslongue || s.rs,
    shortName: s.rs || s.rslongue,
    category: s.categetab,
    number: s.numvoie,
    streetType: s.typvoie,
    street: s.voie,
    repeat: s.compvoie,
    place: s.lieuditbp,
    complement: s.complrs,
    insee: inseeOf(s.departement, s.commune),
    postcode: /^(\d{5})/.exec(s.ligneacheminement)?.[1],
    phone: s.telephone || undefined,
    opened: /^\d{4}-\d{2}-\d{2}$/.test(s.dateouv) ? s.dateouv : undefined,
    // The extraction lists open establishments only: one that closed is one that is no longer there.
    active: true,
    projected: geo.get(s.nofinesset),
  }));
  return { establishments, extractDate, problems: [], notices };
}
