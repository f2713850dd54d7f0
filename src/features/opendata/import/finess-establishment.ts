/**
 * One FINESS establishment (« entité géographique », ET), as read from
 * either publication (finess-csv.ts, finess-json.ts), and what the
 * importer makes of it: an entry of the directory, or a line of the
 * import's report saying why not. Decisions made here, the same for both
 * formats:
 *
 * - a closed establishment (closing date passed, or inactive state) is not
 *   imported, and an entry imported from it before is closed (run.ts);
 * - an establishment opening after the extract's date waits for a later
 *   extract;
 * - a category the table (finess-categories.ts) leaves out, or has no
 *   decision for, is counted by code;
 * - an establishment outside the territory's communes, or whose point lies
 *   outside the map's bounds, is skipped and reported: never a reason to
 *   stop the import;
 * - names are trimmed and capitalised (FINESS writes them in capitals,
 *   padded with spaces, without accents or apostrophes);
 * - an imported entry has no `verifiedOn`: the register's date says when
 *   FINESS was updated, not that anyone checked the details, so the entry
 *   reads "à vérifier" until a person checks it.
 */
import type { ContentProblem } from '../../../core/content-errors.ts';
import { isForeignPhone, normalizePhone } from '../../../core/phone.ts';
import { projectionFor, toWgs84 } from '../../../core/projection.ts';
import { isWithin } from '../../../core/schema/common.ts';
import { slugify } from '../../../core/slug.ts';
import type { ConvertContext } from './cli.ts';
import { finessCategory } from './finess-categories.ts';
import type { Conversion, ImportRecord } from './run.ts';

export interface Establishment {
  /** Where it was read, for messages: CSV line or JSON path. */
  row: number;
  /** FINESS number of the establishment (ET). */
  finess: string;
  /** FINESS number of its legal entity (EJ). */
  legalFiness?: string | undefined;
  /** Long name, else short name, as published. */
  name: string;
  /** Short name (« raison sociale ») as published. */
  shortName: string;
  /** Category code. */
  category: string;
  /** Address parts as published. */
  number: string;
  streetType: string;
  street: string;
  repeat: string;
  place: string;
  complement: string;
  /** INSEE code of the commune. */
  insee: string;
  postcode?: string | undefined;
  phone?: string | undefined;
  /** YYYY-MM-DD. */
  opened?: string | undefined;
  closed?: string | undefined;
  /** False when the register marks the establishment inactive. */
  active: boolean;
  /** WGS84 point, when the publication gives one. */
  point?: { lat: number; lon: number } | undefined;
  /** Projected metres in the legal projection of the commune's department, when no WGS84 point is given. */
  projected?: { x: number; y: number } | undefined;
}

/** Street types of the registers, in full. */
const STREET_TYPES: Record<string, string> = {
  R: 'rue', RUE: 'rue', AV: 'avenue', BD: 'boulevard', CRS: 'cours', PL: 'place', CHE: 'chemin', RTE: 'route', ALL: 'allée', IMP: 'impasse',
  QUA: 'quai', QU: 'quai', SQ: 'square', PAS: 'passage', MTE: 'montée', PROM: 'promenade', ESP: 'esplanade', RPT: 'rond-point', CAR: 'carrefour', LOT: 'lotissement', RES: 'résidence', SEN: 'sentier', VLA: 'villa', PRV: 'parvis', ZA: 'zone artisanale', ZI: 'zone industrielle', ZAC: 'zone d’aménagement concerté', CITE: 'cité', LD: 'lieu-dit', FG: 'faubourg', HAM: 'hameau',
};
/** Words kept in capitals when names are put in title case. */
const ACRONYMS = new Set([
  'CMP', 'CMPP', 'CMPEA', 'CATTP', 'CSAPA', 'CAARUD', 'CH', 'CHS', 'CHU', 'CHR', 'CHRS', 'CHSR', 'EPSM', 'HDJ', 'ESAT', 'SAMSAH', 'SAVS', 'MDPH', 'CCAS', 'GHT', 'HCL', 'ARS', 'ANPAA',
  'SSR', 'EHPAD', 'SESSAD', 'ITEP', 'IME', 'MJPM', 'UDAF', 'ATMP', 'CLIC', 'CSMI', 'GEM', 'II', 'III', 'IV', 'VI',
]);
const SMALL = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'à', 'a', 'au', 'aux', 'en', 'pour', 'sur', 'l', 'd', 'sous']);

/** "  CAARUD DE L EST LYONNAIS " → "CAARUD de l’Est Lyonnais": trimmed, title case, acronyms kept, the apostrophes FINESS drops put back. */
export function tidyName(text: string): string {
  const words = text.trim().replace(/\s+/g, ' ').split(' ').filter((w) => w !== '');
  const out: string[] = [];
  words.forEach((word, index) => {
    const bare = word.replace(/[^A-Za-zÀ-ÿ]/g, '');
    let shaped: string;
    if (ACRONYMS.has(bare.toUpperCase()) && bare === bare.toUpperCase() && bare.length > 1) shaped = word;
    else {
      const lower = word.toLowerCase();
      shaped = index > 0 && SMALL.has(lower.replace(/['’].*$/, '')) ? lower : lower.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
    }
    const previous = out.at(-1);
    // FINESS writes "DE L EST", "CENTRE D ACCUEIL": a lone l or d is an elided article.
    if (previous !== undefined && /^[ldLD]$/.test(previous) && index < words.length) out[out.length - 1] = `${previous}’${shaped}`;
    else out.push(shaped);
  });
  return out.join(' ');
}

/** The INSEE code of an establishment's commune from the CSV's département (2 characters, "9A" Guadeloupe … "9F" Mayotte) and commune (3 digits, "101" for 97101). */
export function inseeOf(departement: string, commune: string): string {
  const dep = departement.trim();
  const com = commune.trim().padStart(3, '0');
  return /^9[A-F]$/.test(dep) ? `97${com}` : `${dep.padStart(2, '0')}${com}`;
}

function streetLine(e: Establishment): string {
  const type = STREET_TYPES[e.streetType.trim().toUpperCase()] ?? e.streetType.trim().toLowerCase();
  const repeat = { B: 'bis', T: 'ter', Q: 'quater' }[e.repeat.trim().toUpperCase()] ?? e.repeat.trim().toLowerCase();
  const voie = tidyName(e.street).replace(/^(De|Du|Des|La|Le|Les|D’|L’)(?=\s|$|’)/, (w) => w.toLowerCase());
  const parts = [e.number.trim() + (repeat ? ` ${repeat}` : ''), type, voie].filter((p) => p !== '');
  return parts.join(' ') || tidyName(e.place);
}

/** The public page of an establishment on the FINESS site, where a coordinator can check it. */
export function finessPage(finess: string): string {
  return `https://finess.esante.gouv.fr/fininter/jsp/actionDetailEtablissement.do?noFiness=${finess}`;
}

/** Turns the establishments of a publication into entry records for the territory, with what was left out and why. */
export function establishmentRecords(establishments: Establishment[], extractDate: string, display: string, context: ConvertContext): Conversion {
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  const closed: string[] = [];
  const communes = new Map(context.site.territory.communes.map((c) => [c.insee, c]));
  const records: ImportRecord[] = [];
  const outside: string[] = [];
  const undecided = new Map<string, number>();
  const excluded = new Map<string, number>();
  for (const e of establishments) {
    const where = { file: display, row: e.row };
    const category = finessCategory(e.category);
    if (!category || category.decision === 'out') {
      const counts = category ? excluded : undecided;
      counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
      continue;
    }
    const commune = communes.get(e.insee);
    if (!commune) {
      outside.push(`${e.finess} (${e.insee})`);
      continue;
    }
    if (!e.active || (e.closed !== undefined && e.closed <= extractDate)) {
      closed.push(e.finess);
      notices.push({ ...where, field: 'dateFermeture', message: `${e.finess} ${tidyName(e.name)} is closed${e.closed ? ` since ${e.closed}` : ''}: not imported` });
      continue;
    }
    if (e.opened !== undefined && e.opened > extractDate) {
      notices.push({ ...where, field: 'dateOuverture', message: `${e.finess} opens on ${e.opened}, after the extract date: not imported yet` });
      continue;
    }
    const point = e.point ?? (e.projected ? toWgs84(projectionFor(e.insee), Math.min(e.projected.x, e.projected.y), Math.max(e.projected.x, e.projected.y)) : undefined);
    if (!point) {
      problems.push({ ...where, field: 'coordonnees', message: `expected coordinates for ${e.finess}; add the point by hand in a spreadsheet import instead` });
      continue;
    }
    if (!isWithin(point, context.site.map.bounds)) {
      outside.push(`${e.finess} (${e.insee}, point ${point.lat}, ${point.lon} outside map.bounds)`);
      continue;
    }
    const name = tidyName(e.name || e.shortName);
    const phone = e.phone ? normalizePhone(e.phone) : undefined;
    if (e.phone && !phone) notices.push({ ...where, field: 'telephone', message: `"${e.phone}" is not a valid phone number; left out` });
    if (phone && isForeignPhone(phone)) notices.push({ ...where, field: 'telephone', message: `"${e.phone}" is a number outside France; check it` });
    let postcode = e.postcode && commune.postcodes.includes(e.postcode) ? e.postcode : commune.postcodes[0];
    if (e.postcode && postcode !== e.postcode) notices.push({ ...where, field: 'codePostal', message: `${e.finess}: postcode ${e.postcode} (a CEDEX?) is not one of ${commune.name}'s; ${postcode} used` });
    postcode ??= '';
    const legal = e.legalFiness ? `, entité juridique n° ${e.legalFiness}` : '';
    const data: Record<string, unknown> = {
      name,
      organization: { name: tidyName(e.shortName || e.name) },
      categories: category.categories,
      description: category.description,
      audiences: category.audiences,
      delivery: ['in-person'],
      location: {
        street: streetLine(e),
        ...(e.complement ? { complement: tidyName(e.complement) } : {}),
        postcode,
        commune: commune.name,
        insee: e.insee,
        coordinates: point,
      },
      ...(phone ? { phones: [{ number: phone }] } : {}),
      appointment: category.appointment,
      referral: category.referral,
      cost: category.cost,
      status: 'active',
      source: { url: finessPage(e.finess), note: `Répertoire FINESS, établissement n° ${e.finess}${legal} (${category.label}), extraction du ${extractDate} ; à vérifier` },
    };
    records.push({
      file: display,
      row: e.row,
      sourceId: e.finess,
      id: slugify(`${name} ${e.finess}`).slice(0, 90),
      data,
      labels: { 'location.coordinates': 'coordonnees', 'location.postcode': 'codePostal', 'location.street': 'voie', phones: 'telephone', name: 'nom' },
    });
  }
  const list = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} (${n})`).join(', ');
  if (outside.length > 0) notices.push({ file: display, field: '(territory)', message: `${outside.length} establishments of the directory's categories are outside the territory and were skipped: ${outside.slice(0, 10).join(', ')}${outside.length > 10 ? ', …' : ''}` });
  if (excluded.size > 0) notices.push({ file: display, field: '(categories)', message: `left out by decision (see docs/import.md): ${list(excluded)}` });
  if (undecided.size > 0) notices.push({ file: display, field: '(categories)', message: `left out, no decision yet for these category codes: ${list(undecided)}` });
  notices.push({ file: display, field: '(file)', message: `${records.length} establishments of the territory kept, ${closed.length} closed` });
  return { records, problems, notices, closed, complete: true };
}
