/**
 * The FINESS importer: the national register of health and social
 * establishments as published on data.gouv.fr (« FINESS Extraction du
 * Fichier des établissements », the geolocated extract). The file is a
 * semicolon-separated text, Windows-1252 or UTF-8, with a first line
 * `finess;etalab;<version>;<date>`, then `structureet` lines (one per
 * establishment) and `geolocalisation` lines (Lambert 93 coordinates of
 * each establishment). Establishments of the territory whose category is
 * in finess-categories.ts become entries, with the FINESS number as their
 * stable id.
 */
import { parse } from 'csv-parse/sync';
import type { ContentProblem } from '../../../core/content-errors.ts';
import { normalizePhone } from '../../../core/phone.ts';
import { slugify } from '../../../core/slug.ts';
import type { ConvertContext } from './cli.ts';
import { finessCategory } from './finess-categories.ts';
import { lambert93ToWgs84 } from './lambert93.ts';
import type { Conversion, ImportRecord } from './run.ts';
import { readText } from '../../../core/text-file.ts';

/** Columns of a `structureet` line, after the section name (data.gouv.fr documentation of the extract). */
export const STRUCTURE_COLUMNS = [
  'nofinesset', 'nofinessej', 'rs', 'rslongue', 'complrs', 'compldistrib', 'numvoie', 'typvoie', 'voie', 'compvoie', 'lieuditbp', 'commune',
  'departement', 'libdepartement', 'ligneacheminement', 'telephone', 'telecopie', 'categetab', 'libcategetab', 'categagretab', 'libcategagretab',
  'siret', 'codeape', 'codemft', 'libmft', 'codesph', 'libsph', 'dateouv', 'dateautor', 'maj', 'numuai',
] as const;

type Structure = Record<(typeof STRUCTURE_COLUMNS)[number], string>;

/** Street types of the extract, in full. */
const STREET_TYPES: Record<string, string> = {
  R: 'rue', RUE: 'rue', AV: 'avenue', BD: 'boulevard', CRS: 'cours', PL: 'place', CHE: 'chemin', RTE: 'route', ALL: 'allée', IMP: 'impasse',
  QUA: 'quai', QU: 'quai', SQ: 'square', PAS: 'passage', MTE: 'montée', PROM: 'promenade', ESP: 'esplanade', RPT: 'rond-point', CAR: 'carrefour', LOT: 'lotissement', RES: 'résidence', SEN: 'sentier', VLA: 'villa', PRV: 'parvis', ZA: 'zone artisanale', ZI: 'zone industrielle',
};
/** Words kept in capitals when names are put in sentence case. */
const ACRONYMS = new Set(['CMP', 'CMPP', 'CATTP', 'CSAPA', 'CAARUD', 'CH', 'CHS', 'CHU', 'CHRS', 'EPSM', 'HDJ', 'ESAT', 'SAMSAH', 'SAVS', 'MDPH', 'CCAS', 'GHT', 'CHR', 'HCL', 'ARS', 'ANPAA', 'SSR', 'II', 'III', 'IV']);
const SMALL = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'à', 'au', 'aux', 'en', 'pour', 'sur', 'l', 'd']);

/** "CENTRE MEDICO PSYCHOLOGIQUE DE BRON" → "Centre medico psychologique de Bron" keeps acronyms; FINESS names have no accents to restore. */
export function tidyName(text: string): string {
  const words = text.trim().replace(/\s+/g, ' ').split(' ');
  return words
    .map((word, index) => {
      const bare = word.replace(/[^A-Za-zÀ-ÿ]/g, '');
      if (ACRONYMS.has(bare.toUpperCase()) && bare === bare.toUpperCase()) return word;
      const lower = word.toLowerCase();
      if (index > 0 && SMALL.has(lower.replace(/['’].*$/, ''))) return lower;
      return lower.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}

/** The INSEE code of an establishment's commune: département (2 characters, "9A".. for overseas) + commune (3 digits). */
export function inseeOf(departement: string, commune: string): string {
  const dep = departement.trim();
  const com = commune.trim().padStart(3, '0');
  return /^9[A-F]$/.test(dep) ? `97${com}` : `${dep.padStart(2, '0')}${com}`;
}

function street(s: Structure): string {
  const type = STREET_TYPES[s.typvoie.trim().toUpperCase()] ?? s.typvoie.trim().toLowerCase();
  const repeat = { B: 'bis', T: 'ter', Q: 'quater' }[s.compvoie.trim().toUpperCase()] ?? s.compvoie.trim().toLowerCase();
  const voie = tidyName(s.voie).replace(/^(De|Du|Des|La|Le|Les|D'|L')(?=\s|$|')/, (w) => w.toLowerCase());
  const parts = [s.numvoie.trim() + (repeat ? ` ${repeat}` : ''), type, voie].filter((p) => p !== '');
  return parts.join(' ') || tidyName(s.lieuditbp);
}

/** Converts a FINESS extract into entry records for the territory's communes. */
export function convertFiness(path: string, display: string, context: ConvertContext): Conversion {
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  const read = readText(path, display, { fallback: 'windows-1252' });
  if (!read.ok) return { records: [], problems: [read.problem], notices };
  let lines: string[][];
  try {
    lines = parse(read.text, { delimiter: ';', relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    return { records: [], problems: [{ file: display, field: '(syntax)', message: `expected the semicolon-separated FINESS extract: ${(error as Error).message}` }], notices };
  }
  const head = lines[0] ?? [];
  const extractDate = head[0]?.trim().toLowerCase() === 'finess' ? (head.find((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.trim()))?.trim() ?? context.today) : context.today;
  const structures: { row: number; s: Structure }[] = [];
  const geo = new Map<string, { x: number; y: number }>();
  let unknown = 0;
  lines.forEach((cells, index) => {
    const section = cells[0]?.trim().toLowerCase();
    if (section === 'structureet') {
      const s = Object.fromEntries(STRUCTURE_COLUMNS.map((c, i) => [c, (cells[i + 1] ?? '').trim()])) as Structure;
      structures.push({ row: index + 1, s });
    } else if (section === 'geolocalisation') {
      const x = Number((cells[2] ?? '').replace(',', '.'));
      const y = Number((cells[3] ?? '').replace(',', '.'));
      if (Number.isFinite(x) && Number.isFinite(y) && x > 0 && y > 0) geo.set((cells[1] ?? '').trim(), { x, y });
    } else if (index > 0) unknown += 1;
  });
  if (structures.length === 0) {
    return { records: [], problems: [{ file: display, field: '(file)', message: 'expected the FINESS establishments extract: lines starting with "structureet" and "geolocalisation" separated by ";"' }], notices };
  }
  if (unknown > 0) notices.push({ file: display, field: '(file)', message: `${unknown} lines were neither "structureet" nor "geolocalisation" and were ignored` });

  const communes = new Map(context.site.territory.communes.map((c) => [c.insee, c]));
  const records: ImportRecord[] = [];
  let outside = 0;
  let otherCategory = 0;
  for (const { row, s } of structures) {
    const category = finessCategory(s.categetab);
    if (!category) {
      otherCategory += 1;
      continue;
    }
    const insee = inseeOf(s.departement, s.commune);
    const commune = communes.get(insee);
    if (!commune) {
      outside += 1;
      continue;
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(s.dateouv) && s.dateouv > extractDate) {
      notices.push({ file: display, row, field: 'dateouv', message: `${s.nofinesset} opens on ${s.dateouv}, after the extract date: not imported yet` });
      continue;
    }
    const where = { file: display, row };
    const reported = new Set<string>();
    const point = geo.get(s.nofinesset);
    if (!point) {
      problems.push({ ...where, field: 'geolocalisation', message: `expected a "geolocalisation" line with Lambert 93 coordinates for ${s.nofinesset}; add the coordinates by hand in a spreadsheet import instead` });
      reported.add('location.coordinates');
    }
    const name = tidyName(s.rslongue || s.rs);
    const phone = s.telephone ? normalizePhone(s.telephone) : undefined;
    if (s.telephone && !phone) notices.push({ ...where, field: 'telephone', message: `"${s.telephone}" is not a valid phone number; left out` });
    const postcode = /^(\d{5})/.exec(s.ligneacheminement)?.[1] ?? commune.postcodes[0] ?? '';
    const data: Record<string, unknown> = {
      name,
      organization: { name: tidyName(s.rs || s.rslongue) },
      categories: category.categories,
      description: category.description,
      audiences: category.audiences,
      delivery: ['in-person'],
      location: {
        street: street(s),
        ...(s.complrs ? { complement: tidyName(s.complrs) } : {}),
        postcode,
        commune: commune.name,
        insee,
        coordinates: point ? lambert93ToWgs84(point.x, point.y) : { lat: Number.NaN, lon: Number.NaN },
      },
      ...(phone ? { phones: [{ number: phone }] } : {}),
      appointment: category.appointment,
      referral: category.referral,
      cost: category.cost,
      verifiedOn: /^\d{4}-\d{2}-\d{2}$/.test(s.maj) ? s.maj : extractDate,
      source: { note: `Répertoire FINESS, établissement n° ${s.nofinesset} (${category.label}), extraction du ${extractDate}` },
    };
    records.push({
      file: display,
      row,
      sourceId: s.nofinesset,
      id: slugify(`${name} ${s.nofinesset}`).slice(0, 90),
      data,
      labels: { 'location.coordinates': 'geolocalisation', 'location.postcode': 'ligneacheminement', 'location.street': 'voie', phones: 'telephone', name: 'rslongue' },
      reported,
    });
  }
  notices.push({ file: display, field: '(file)', message: `${records.length} establishments of the territory kept; ${outside} of the directory's categories outside the territory and ${otherCategory} of other categories left out (see src/features/opendata/import/finess-categories.ts)` });
  return { records, problems, notices };
}
