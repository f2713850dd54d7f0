/**
 * Turns a spreadsheet of events (CSV with French headers, dates and times as
 * people type them) into event files, validated with the event schema and
 * the same cross-checks as the build. All or nothing: when any row has a
 * problem, every problem is returned and no file is written. The file is
 * read, and the files written, the way every importer does (core/csv-file.ts,
 * core/write-files.ts).
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formulaMessage, looksLikeFormula, readCsvRows, sameHeader } from '../../core/csv-file.ts';
import { writeFilesAtomically } from '../../core/write-files.ts';
import { writeYaml } from '../../core/yaml.ts';
import { event as eventSchema, EVENT_AUDIENCES, EVENT_TYPES, type EventInput } from './schema/event.ts';
import { ACCESS_FEATURES } from '../directory/index.ts';
import { ContentError, fieldPath, type ContentProblem } from '../../core/content-errors.ts';
import { crossCheckEvent, type EventContext } from './events.ts';
import { DATE_EXPECTED, parseFrenchDate, parseFrenchTime, TIME_EXPECTED } from './french-date.ts';
import { translate } from '../../core/i18n/i18n.ts';
import { slugify } from '../../core/slug.ts';

/** The template's columns, in order. The first column of each pair is the header people see. */
export const COLUMNS = {
  id: 'Identifiant',
  title: 'Titre',
  description: 'Description',
  type: 'Type',
  date: 'Date',
  startTime: 'Heure de début',
  endDate: 'Date de fin',
  endTime: 'Heure de fin',
  resource: 'Lieu (annuaire)',
  placeName: 'Nom du lieu',
  street: 'Adresse',
  postcode: 'Code postal',
  commune: 'Commune',
  lat: 'Latitude',
  lon: 'Longitude',
  complement: 'Précisions sur le lieu',
  audiences: 'Public',
  price: 'Tarif',
  priceNote: 'Précisions sur le tarif',
  registration: 'Inscription',
  accessibility: 'Accessibilité',
  accessibilityNote: 'Précisions sur l’accessibilité',
  organisers: 'Organisateurs',
  edition: 'Édition',
  example: 'Exemple',
} as const;
type Column = keyof typeof COLUMNS;

const REQUIRED: Column[] = ['title', 'description', 'type', 'date', 'startTime', 'endTime', 'audiences', 'price', 'organisers'];

/** Lower-case, no accents, no punctuation: how cells and headers are compared. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Which column a schema field comes from, so messages name what people see. */
function columnOf(field: string): string {
  const first = field.split('.')[0] ?? field;
  const map: Record<string, Column> = {
    title: 'title', description: 'description', type: 'type', start: 'date', end: 'endTime',
    audiences: 'audiences', price: 'price', priceNote: 'priceNote', registration: 'registration',
    accessibility: 'accessibility', accessibilityNote: 'accessibilityNote', organisers: 'organisers', edition: 'edition',
  };
  if (first === 'place') {
    const sub = field.split('.')[1];
    const place: Record<string, Column> = { resource: 'resource', name: 'placeName', street: 'street', postcode: 'postcode', commune: 'commune', complement: 'complement' };
    if (sub === 'coordinates') return field.endsWith('lon') ? COLUMNS.lon : COLUMNS.lat;
    return COLUMNS[place[sub ?? ''] ?? 'resource'];
  }
  const column = map[first];
  return column ? COLUMNS[column] : field;
}

/** Finds an enum value from its id or its French label ("Ciné-débat", "cine-debat", "Jeunes"). */
function fromLabel<T extends string>(input: string, ids: readonly T[], label: (id: T) => string): T | undefined {
  const wanted = fold(input);
  return ids.find((id) => fold(id) === wanted || fold(label(id)) === wanted || fold(label(id)).split(' ')[0] === wanted && wanted.length >= 4);
}

function accessFromLabel(input: string): (typeof ACCESS_FEATURES)[number] | undefined {
  const wanted = fold(input);
  if (wanted.length < 3) return undefined;
  return ACCESS_FEATURES.find((id) => {
    const label = fold(translate('fr', `directory.access.${id}`));
    return fold(id) === wanted || label === wanted || label.split(' ').includes(wanted) || (wanted.length >= 6 && label.includes(wanted));
  });
}

/** One event ready to be written. */
export interface ImportedEvent {
  id: string;
  row: number;
  data: EventInput;
}

export interface ImportResult {
  events: ImportedEvent[];
  problems: ContentProblem[];
}

/** A list cell: "Jeunes, Parents" → ["Jeunes", "Parents"]. */
function list(cell: string): string[] {
  return cell.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
}

/** Reads the rows of a programme spreadsheet (header first); `file` is used only in messages. */
function parseProgramme(records: string[][], file: string, context: EventContext): ImportResult {
  const problems: ContentProblem[] = [];
  const [header = [], ...rows] = records;
  const index = new Map<Column, number>();
  const known = Object.entries(COLUMNS) as [Column, string][];
  header.forEach((name, i) => {
    const column = known.find(([, label]) => sameHeader(label, name));
    if (column) index.set(column[0], i);
    else if (name.trim() !== '') problems.push({ file, field: name, message: `expected one of the template's columns (${Object.values(COLUMNS).join(', ')})` });
  });
  for (const column of REQUIRED) {
    if (!index.has(column)) problems.push({ file, field: COLUMNS[column], message: 'expected this column in the header row (see templates/programme-sism.csv)' });
  }
  if (problems.length > 0) return { events: [], problems };

  const events: ImportedEvent[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = i + 1;
    // A row left empty by the spreadsheet (trailing lines) is not an event.
    if (cells.every((c) => c.trim() === '')) return;
    const cell = (column: Column) => (index.has(column) ? (cells[index.get(column)!] ?? '').trim() : '');
    const at = (column: Column | string, message: string) =>
      problems.push({ file, row, field: column in COLUMNS ? COLUMNS[column as Column] : column, message });
    const before = problems.length;
    for (const [column] of known) if (looksLikeFormula(cell(column))) at(column, formulaMessage(cell(column)));

    const date = parseFrenchDate(cell('date'));
    if (!date) at('date', `expected ${DATE_EXPECTED}; got "${cell('date')}"`);
    const endDate = cell('endDate') === '' ? date : parseFrenchDate(cell('endDate'));
    if (!endDate && cell('endDate') !== '') at('endDate', `expected ${DATE_EXPECTED}, or nothing for an event on one day; got "${cell('endDate')}"`);
    const startTime = parseFrenchTime(cell('startTime'));
    if (!startTime) at('startTime', `expected ${TIME_EXPECTED}; got "${cell('startTime')}"`);
    const endTime = parseFrenchTime(cell('endTime'));
    if (!endTime) at('endTime', `expected ${TIME_EXPECTED}; got "${cell('endTime')}"`);

    const type = fromLabel(cell('type'), EVENT_TYPES, (id) => translate('fr', `event.type.${id}`));
    if (!type) at('type', `expected one of: ${EVENT_TYPES.map((id) => translate('fr', `event.type.${id}`)).join(', ')}; got "${cell('type')}"`);

    const audiences = list(cell('audiences')).map((label) => {
      const found = fromLabel(label, EVENT_AUDIENCES, (id) => translate('fr', `event.audience.${id}`));
      if (!found) at('audiences', `expected audiences among: ${EVENT_AUDIENCES.map((id) => translate('fr', `event.audience.${id}`)).join(', ')}; got "${label}"`);
      return found;
    });

    const accessibility = list(cell('accessibility')).map((label) => {
      const found = accessFromLabel(label);
      if (!found) at('accessibility', `expected among: ${ACCESS_FEATURES.map((id) => translate('fr', `directory.access.${id}`)).join(', ')}; got "${label}"`);
      return found;
    });

    let price: number | undefined;
    const priceCell = fold(cell('price'));
    if (['gratuit', 'gratuite', 'libre', 'entree libre', '0'].includes(priceCell)) price = 0;
    else if (/^\d+([.,]\d{1,2})?( ?(eur|euros?))?$/.test(cell('price').replace('€', 'eur').toLowerCase().trim())) price = Number(cell('price').replace(/[^\d,.]/g, '').replace(',', '.'));
    else at('price', `expected "Gratuit" or a price in euros such as "5 €"; got "${cell('price')}"`);

    const registrationCell = cell('registration');
    // An empty cell or "non" means no registration; otherwise the cell says how.
    const registration: EventInput['registration'] =
      ['', 'non', 'aucune', 'libre', 'entree libre', 'sans inscription'].includes(fold(registrationCell)) ? { kind: 'none' }
      : /^[a-z][a-z0-9+.-]*:/i.test(registrationCell) && !registrationCell.includes('@') ? { kind: 'link', url: registrationCell }
      : registrationCell.includes('@') ? { kind: 'email', email: registrationCell }
      : { kind: 'phone', phone: registrationCell };

    // A link other than https (javascript:, data:, http:) would be refused by the schema as "not an
    // https address" at best; say plainly that only a secure web address is put on the site.
    if (registration.kind === 'link' && !/^https:\/\//i.test(registration.url)) {
      at('registration', `expected an https:// web address for online registration, an email address or a phone number; a "${registration.url.split(':')[0]!.toLowerCase()}:" link is not put on the site`);
    }

    let edition: number | undefined;
    if (cell('edition') !== '') {
      if (/^\d{4}$/.test(cell('edition'))) edition = Number(cell('edition'));
      else at('edition', `expected the year of a SISM edition such as "2026", or nothing for another event; got "${cell('edition')}"`);
    }

    let place: EventInput['place'] | undefined;
    const namedCells = (['placeName', 'street', 'postcode', 'commune', 'lat', 'lon'] as const).filter((c) => cell(c) !== '');
    if (cell('resource') !== '') {
      if (namedCells.length > 0) at('resource', `expected either a directory id or a named address, not both (also filled: ${namedCells.map((c) => COLUMNS[c]).join(', ')})`);
      place = { resource: cell('resource'), ...(cell('complement') ? { complement: cell('complement') } : {}) };
    } else {
      const number = (c: 'lat' | 'lon') => {
        const value = Number(cell(c).replace(',', '.'));
        if (cell(c) === '' || Number.isNaN(value)) {
          at(c, `expected a ${c === 'lat' ? 'latitude such as 45,7719' : 'longitude such as 4,8902'} in decimal degrees, or a directory id in "${COLUMNS.resource}"; got "${cell(c)}"`);
          return 0;
        }
        return value;
      };
      place = {
        name: cell('placeName'),
        street: cell('street'),
        postcode: cell('postcode'),
        commune: cell('commune'),
        coordinates: { lat: number('lat'), lon: number('lon') },
        ...(cell('complement') ? { complement: cell('complement') } : {}),
      };
    }

    const id = cell('id') !== '' ? cell('id') : defaultId(date ?? 'date', cell('title'));
    const previous = seen.get(id);
    if (previous !== undefined) at('id', `expected each event once; row ${previous} has the same date and title (or the same id "${id}")`);
    seen.set(id, row);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) at('id', `expected a slug: lower-case letters, digits and single hyphens; got "${id}"`);

    // Conversion problems make the schema's own messages redundant for this row.
    if (problems.length > before || !date || !endDate || !startTime || !endTime || !type || price === undefined || !place) return;

    const data: EventInput = {
      title: cell('title'),
      description: cell('description'),
      start: `${date}T${startTime}`,
      end: `${endDate}T${endTime}`,
      type,
      place,
      audiences: audiences.filter((a) => a !== undefined),
      price,
      ...(cell('priceNote') ? { priceNote: cell('priceNote') } : {}),
      registration,
      ...(accessibility.length > 0 ? { accessibility: accessibility.filter((a) => a !== undefined) } : {}),
      ...(cell('accessibilityNote') ? { accessibilityNote: cell('accessibilityNote') } : {}),
      organisers: list(cell('organisers')).map((name) => ({ name })),
      ...(edition === undefined ? {} : { edition }),
      ...(['oui', 'yes', 'vrai', '1'].includes(fold(cell('example'))) ? { example: true } : {}),
    };
    const result = eventSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, row, field: columnOf(fieldPath(issue.path)), message: issue.message });
      return;
    }
    const checked = crossCheckEvent(result.data, file, context, row);
    if (checked.problems.length > 0) {
      problems.push(...checked.problems.map((p) => ({ ...p, field: columnOf(p.field) })));
      return;
    }
    events.push({ id, row, data });
  });
  return { events, problems };
}

/** "2026-10-24-cine-debat-vice-versa": the date and the title, at most 60 characters. */
export function defaultId(date: string, title: string): string {
  const full = slugify(`${date} ${title}`);
  if (full.length <= 60) return full;
  return full.slice(0, 60).replace(/-[^-]*$/, '');
}

/** The YAML text of an event file. */
export function eventYaml(data: EventInput, source: string): string {
  return `# Imported from ${source}. Edit here or import the spreadsheet again.\n${writeYaml(data)}`;
}

export interface ImportOptions {
  /** Folder the event files go to. */
  outDir: string;
  /** Check only; write nothing. */
  dryRun?: boolean;
  context: EventContext;
}

export interface ImportSummary {
  created: string[];
  updated: string[];
}

/** Reads, checks and (unless dry run) writes a programme; throws a ContentError and writes nothing on any problem. */
export function importProgramme(csvPath: string, options: ImportOptions): ImportSummary {
  const file = basename(csvPath);
  const read = readCsvRows(csvPath, file);
  if (!read.ok) throw new ContentError([read.problem]);
  const { events, problems } = parseProgramme(read.rows, file, options.context);
  if (problems.length > 0) throw new ContentError(problems);
  if (events.length === 0) throw new ContentError([{ file, field: '(rows)', message: 'expected at least one event row under the header' }]);
  const summary: ImportSummary = { created: [], updated: [] };
  for (const { id } of events) {
    (existsSync(join(options.outDir, `${id}.yaml`)) ? summary.updated : summary.created).push(id);
  }
  if (options.dryRun) return summary;
  writeFilesAtomically(events.map(({ id, data }) => ({ path: join(options.outDir, `${id}.yaml`), text: eventYaml(data, file) })));
  return summary;
}
