/**
 * The spreadsheet importer: a CSV file with one directory entry per row
 * and the French headers of templates/annuaire.csv (matched whatever
 * their case and accents), converted into entry records for run.ts. Every
 * cell is checked and cleaned; each mistake is reported with its row and
 * column.
 */
import type { SiteConfig } from '../../../core/schema/site.ts';
import type { Taxonomy } from '../../directory/index.ts';
import type { ContentProblem } from '../../../core/content-errors.ts';
import { slugify } from '../../../core/slug.ts';
import { accessFromText, appointmentFromText, audienceFromText, costFromText, sameWords } from '../hsds-vocabulary.ts';
import { FRENCH_HOURS_EXPECTED, readFrenchHours } from './french-hours.ts';
import { cleanPhone, cleanPostcode, decimal, findCommune, isoDateFrom, listOf, yesNo } from './normalize.ts';
import { formulaMessage, looksLikeFormula, readCsvRows, sameHeader } from '../../../core/csv-file.ts';
import type { Conversion, ImportRecord } from './run.ts';
import { ACCESS_FEATURES, APPOINTMENTS, AUDIENCES, COSTS } from '../../directory/index.ts';

/** The template's columns: header, other accepted names, and the entry field each fills. */
export const SPREADSHEET_COLUMNS = [
  { key: 'id', header: 'Identifiant', aliases: ['id'], field: 'id' },
  { key: 'name', header: 'Nom', aliases: ['nom du service', 'nom du lieu'], field: 'name', required: true },
  { key: 'organization', header: 'Organisme', aliases: ['structure', 'organisation', 'gestionnaire'], field: 'organization.name', required: true },
  { key: 'organizationWebsite', header: 'Site de l’organisme', aliases: [], field: 'organization.website' },
  { key: 'categories', header: 'Catégories', aliases: ['categorie', 'thematiques'], field: 'categories', required: true },
  { key: 'description', header: 'Description', aliases: ['presentation'], field: 'description', required: true },
  { key: 'audiences', header: 'Publics', aliases: ['public', 'pour qui'], field: 'audiences', required: true },
  { key: 'ageMin', header: 'Âge minimum', aliases: ['age min'], field: 'ages.min' },
  { key: 'ageMax', header: 'Âge maximum', aliases: ['age max'], field: 'ages.max' },
  { key: 'delivery', header: 'Accueil', aliases: ['modalites d’accueil', 'mode d’accueil'], field: 'delivery' },
  { key: 'street', header: 'Adresse', aliases: ['rue', 'voie'], field: 'location.street' },
  { key: 'complement', header: 'Complément d’adresse', aliases: ['complement'], field: 'location.complement' },
  { key: 'postcode', header: 'Code postal', aliases: ['cp'], field: 'location.postcode' },
  { key: 'commune', header: 'Commune', aliases: ['ville'], field: 'location.commune' },
  { key: 'insee', header: 'Code INSEE', aliases: ['insee'], field: 'location.insee' },
  { key: 'lat', header: 'Latitude', aliases: ['lat'], field: 'location.coordinates' },
  { key: 'lon', header: 'Longitude', aliases: ['lon', 'lng'], field: 'location.coordinates' },
  { key: 'access', header: 'Accès', aliases: ['transports'], field: 'location.access' },
  { key: 'phone', header: 'Téléphone', aliases: ['tel', 'telephones'], field: 'phones' },
  { key: 'phoneLabel', header: 'Libellé du téléphone', aliases: [], field: 'phones' },
  { key: 'sms', header: 'SMS', aliases: [], field: 'phones' },
  { key: 'email', header: 'Courriel', aliases: ['email', 'e-mail', 'mel', 'mail'], field: 'email' },
  { key: 'website', header: 'Site internet', aliases: ['site web', 'site'], field: 'website' },
  { key: 'hours', header: 'Horaires', aliases: ['heures d’ouverture'], field: 'hours' },
  { key: 'hoursNote', header: 'Précisions sur les horaires', aliases: [], field: 'hoursNote' },
  { key: 'appointment', header: 'Rendez-vous', aliases: ['rdv'], field: 'appointment', required: true },
  { key: 'referral', header: 'Sur orientation', aliases: ['orientation'], field: 'referral' },
  { key: 'cost', header: 'Coût', aliases: ['tarif', 'frais'], field: 'cost', required: true },
  { key: 'costNote', header: 'Précisions sur le coût', aliases: [], field: 'costNote' },
  { key: 'languages', header: 'Langues', aliases: ['langues parlees'], field: 'languages' },
  { key: 'accessibility', header: 'Accessibilité', aliases: [], field: 'accessibility' },
  { key: 'status', header: 'Statut', aliases: ['etat'], field: 'status' },
  { key: 'alert', header: 'Message', aliases: ['alerte'], field: 'alert' },
  { key: 'verifiedOn', header: 'Vérifié le', aliases: ['date de verification', 'verifie'], field: 'verifiedOn', required: true },
  { key: 'source', header: 'Source', aliases: [], field: 'source' },
  { key: 'example', header: 'Exemple', aliases: [], field: 'example' },
] as const;

type Key = (typeof SPREADSHEET_COLUMNS)[number]['key'];

const LANGUAGE_CODES = ['fr', 'en', 'ar', 'es', 'pt', 'it', 'de', 'tr', 'ru', 'zh', 'ro', 'pl', 'uk', 'fa', 'ps', 'ber', 'kab', 'wo', 'bm', 'ln', 'sw', 'ta', 'vi', 'hy', 'ka', 'sq', 'sr', 'fsl'];
function languageCode(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  if (/^[a-z]{2,3}$/.test(t)) return t;
  const names = new Intl.DisplayNames(['fr'], { type: 'language' });
  return LANGUAGE_CODES.find((code) => sameWords(names.of(code) ?? '', t) || (code === 'fsl' && sameWords('LSF', t)));
}

const STATUS_WORDS: Record<string, 'active' | 'temporarily-closed' | 'closed'> = {
  ouvert: 'active', actif: 'active', active: 'active', 'ferme-temporairement': 'temporarily-closed', 'temporairement-ferme': 'temporarily-closed', 'temporarily-closed': 'temporarily-closed', ferme: 'closed', closed: 'closed',
};
const APPOINTMENT_WORDS: Record<string, (typeof APPOINTMENTS)[number]> = { 'sans-rdv': 'walk-in', 'sur-rdv': 'required', rdv: 'required', telephone: 'by-phone', 'par-telephone': 'by-phone', appeler: 'by-phone' };

/** Headers match whatever their case, accents, apostrophes and spacing. */
function headerKey(header: string): Key | undefined {
  return SPREADSHEET_COLUMNS.find((c) => sameHeader(c.header, header) || c.aliases.some((a) => sameHeader(a, header)))?.key;
}

export interface SpreadsheetOptions {
  site: SiteConfig;
  taxonomy: Taxonomy;
}

/** Converts a CSV spreadsheet into entry records, with every mistake found. */
export function convertSpreadsheet(path: string, display: string, options: SpreadsheetOptions): Conversion {
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  const read = readCsvRows(path, display);
  if (!read.ok) return { records: [], problems: [read.problem], notices };
  const rows = read.rows;
  const header = rows[0] ?? [];
  const columns = new Map<Key, number>();
  header.forEach((name, index) => {
    if (name.trim() === '') return;
    const key = headerKey(name);
    if (!key) {
      problems.push({ file: display, field: `column "${name}"`, message: `expected one of the template's columns (${SPREADSHEET_COLUMNS.map((c) => c.header).join(', ')}); remove this column or rename it` });
    } else if (columns.has(key)) {
      problems.push({ file: display, field: `column "${name}"`, message: `expected each column once; it repeats column ${(columns.get(key) ?? 0) + 1}` });
    } else columns.set(key, index);
  });
  for (const column of SPREADSHEET_COLUMNS) {
    if ('required' in column && column.required && !columns.has(column.key)) problems.push({ file: display, field: `column "${column.header}"`, message: 'expected this column (see templates/annuaire.csv)' });
  }
  // Extra or repeated columns are reported but the rows are still read, so one run lists every mistake.
  if (columns.size === 0) return { records: [], problems, notices };

  // The first column of a field names it (Téléphone rather than SMS for phones).
  const labels: Record<string, string> = Object.fromEntries([...SPREADSHEET_COLUMNS].reverse().map((c) => [c.field, c.header]));
  labels['location.coordinates'] = 'Latitude/Longitude';
  labels['location'] = 'Adresse';
  const records: ImportRecord[] = [];
  const categoryIds = options.taxonomy.terms;

  rows.slice(1).forEach((cells, index) => {
    const row = index + 1;
    if (cells.every((c) => c.trim() === '')) {
      notices.push({ file: display, row, field: '(row)', message: 'empty row skipped' });
      return;
    }
    const rowProblems: ContentProblem[] = [];
    const reported = new Set<string>();
    const bad = (key: Key, message: string) => {
      const column = SPREADSHEET_COLUMNS.find((c) => c.key === key);
      reported.add(column?.field ?? key);
      rowProblems.push({ file: display, row, field: column?.header ?? key, message });
    };
    const cell = (key: Key): string => {
      const index = columns.get(key);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    for (const [key, index] of columns) {
      const value = cells[index] ?? '';
      if (looksLikeFormula(value)) bad(key, formulaMessage(value));
    }
    for (const column of SPREADSHEET_COLUMNS) {
      if ('required' in column && column.required && cell(column.key) === '') bad(column.key, 'expected a value: this column is required');
    }
    const list = (key: Key) => listOf(cell(key));
    const data: Record<string, unknown> = {};
    data['name'] = cell('name');
    data['organization'] = { name: cell('organization'), ...(cell('organizationWebsite') ? { website: cell('organizationWebsite') } : {}) };
    data['categories'] = list('categories').map((c) => categoryIds.find((t) => t.id === c || sameWords(t.name, c) || sameWords(t.id, c))?.id ?? c);
    data['description'] = cell('description');
    data['audiences'] = list('audiences').map((a) => {
      const found = audienceFromText(a);
      if (!found) bad('audiences', `"${a}" is not an audience: expected one of ${AUDIENCES.join(', ')}`);
      return found ?? a;
    });
    const ages: Record<string, number> = {};
    for (const [key, name] of [['ageMin', 'min'], ['ageMax', 'max']] as const) {
      if (cell(key) === '') continue;
      const n = decimal(cell(key));
      if (n === undefined || !Number.isInteger(n)) bad(key, `expected a whole number of years, got "${cell(key)}"`);
      else ages[name] = n;
    }
    if (Object.keys(ages).length > 0) data['ages'] = ages;

    const hasPlace = ['street', 'postcode', 'commune', 'lat', 'lon'].some((k) => cell(k as Key) !== '');
    const delivery = cell('delivery');
    if (delivery === '') data['delivery'] = hasPlace ? ['in-person'] : ['remote'];
    else {
      const words = slugify(delivery);
      const modes = [...(/sur-place|presentiel|physique/.test(words) ? ['in-person'] : []), ...(/distance|telephone|en-ligne|internet/.test(words) ? ['remote'] : [])];
      if (modes.length === 0) bad('delivery', `expected "sur place", "à distance" or "sur place et à distance", got "${delivery}"`);
      data['delivery'] = modes;
    }
    if (hasPlace) {
      const commune = findCommune(options.site, cell('commune'));
      if (!commune) {
        bad('commune', `expected one of the territory's communes (${options.site.territory.communes.map((c) => c.name).join(', ')}); "${cell('commune')}" is not one`);
        // Postcode and INSEE code cannot be checked without the commune.
        reported.add('location.postcode').add('location.insee');
      }
      const postcode = cleanPostcode(cell('postcode')) || (commune?.postcodes.length === 1 ? (commune.postcodes[0] ?? '') : '');
      const lat = decimal(cell('lat'));
      const lon = decimal(cell('lon'));
      if (lat === undefined || lon === undefined) {
        bad('lat', `expected the latitude and longitude of the place in decimal degrees (e.g. 45.7719 and 4.8902; on openstreetmap.org, right-click the place and choose "Afficher l'adresse"); got "${cell('lat')}" and "${cell('lon')}"`);
      }
      if (commune && cell('insee') !== '' && cell('insee') !== commune.insee) bad('insee', `expected the INSEE code of ${commune.name}, "${commune.insee}"; got "${cell('insee')}"`);
      data['location'] = {
        street: cell('street'),
        ...(cell('complement') ? { complement: cell('complement') } : {}),
        postcode,
        commune: commune?.name ?? cell('commune'),
        insee: commune?.insee ?? cell('insee'),
        coordinates: { lat: lat ?? Number.NaN, lon: lon ?? Number.NaN },
        ...(cell('access') ? { access: cell('access') } : {}),
      };
    }
    const phones = [
      ...listOf(cell('phone'), /[;|/\n]/).map((n, i) => ({ number: cleanPhone(n), ...(i === 0 && cell('phoneLabel') ? { label: cell('phoneLabel') } : {}) })),
      ...listOf(cell('sms'), /[;|/\n]/).map((n) => ({ number: cleanPhone(n), kind: 'text' })),
    ];
    if (phones.length > 0) data['phones'] = phones;
    if (cell('email')) data['email'] = cell('email');
    if (cell('website')) data['website'] = cell('website');
    if (cell('hours')) {
      const hours = readFrenchHours(cell('hours'));
      if (hours.ok) data['hours'] = hours.value;
      else bad('hours', `"${cell('hours')}": ${hours.reason}; expected ${FRENCH_HOURS_EXPECTED}`);
    }
    if (cell('hoursNote')) data['hoursNote'] = cell('hoursNote');
    const appointment = appointmentFromText(cell('appointment')) ?? APPOINTMENT_WORDS[slugify(cell('appointment'))];
    if (!appointment) bad('appointment', `expected "Sans rendez-vous", "Sur rendez-vous" or "Prendre contact par téléphone" (${APPOINTMENTS.join(', ')}); got "${cell('appointment')}"`);
    data['appointment'] = appointment;
    if (cell('referral')) {
      const referral = yesNo(cell('referral'));
      if (referral === undefined) bad('referral', `expected oui or non, got "${cell('referral')}"`);
      data['referral'] = referral ?? false;
    }
    const cost = costFromText(cell('cost')) ?? (/^rembours/.test(slugify(cell('cost'))) ? 'reimbursed' : undefined);
    if (!cost) bad('cost', `expected "Gratuit", "Remboursé" or "Payant" (${COSTS.join(', ')}); got "${cell('cost')}"`);
    data['cost'] = cost;
    if (cell('costNote')) data['costNote'] = cell('costNote');
    if (cell('languages')) {
      data['languages'] = list('languages').map((l) => {
        const code = languageCode(l);
        if (!code) bad('languages', `"${l}" is not a language this importer knows: write its ISO 639 code, e.g. "fr", "ar", "tr"`);
        return code ?? l;
      });
    }
    if (cell('accessibility')) {
      data['accessibility'] = list('accessibility').map((a) => {
        const found = accessFromText(a);
        if (!found) bad('accessibility', `"${a}" is not an accessibility feature: expected one of ${ACCESS_FEATURES.join(', ')} (or their French names)`);
        return found ?? a;
      });
    }
    if (cell('status')) {
      const status = STATUS_WORDS[slugify(cell('status'))];
      if (!status) bad('status', `expected "ouvert", "fermé temporairement" or "fermé", got "${cell('status')}"`);
      data['status'] = status;
    }
    if (cell('alert')) data['alert'] = cell('alert');
    const verifiedOn = isoDateFrom(cell('verifiedOn'));
    if (!verifiedOn) bad('verifiedOn', `expected the date the details were checked, written DD/MM/YYYY (e.g. 21/10/2026) or YYYY-MM-DD; got "${cell('verifiedOn')}"`);
    data['verifiedOn'] = verifiedOn;
    const source = cell('source');
    data['source'] = source === '' ? { note: 'Tableau importé par le CLSM (colonne Source vide)' } : /^https?:\/\//.test(source) ? { url: source } : { note: source };
    if (cell('example')) {
      const example = yesNo(cell('example'));
      if (example === undefined) bad('example', `expected oui or non, got "${cell('example')}"`);
      data['example'] = example ?? false;
    }
    problems.push(...rowProblems);
    const id = cell('id') || slugify(cell('name')) || `ligne-${row}`;
    records.push({ file: display, row, sourceId: id, id, data, labels, reported });
  });
  return { records, problems, notices };
}
