/**
 * The data·inclusion importer: structures and services in the national
 * schema v1 (vendor/data-inclusion/) become draft entries of the directory,
 * so that a CLSM can start from what already exists nationally. FILE is one
 * of:
 *
 * - a folder holding `structures.json` and `services.json` (as the
 *   data·inclusion API and data.gouv.fr publish them: JSON arrays);
 * - `services.json`, with `structures.json` read from the same folder when
 *   it is there (a structure gives the service its organisation);
 * - one JSON object `{ "structures": [...], "services": [...] }`.
 *
 * Services are kept when they are about mental health
 * (`sante--sante-mentale`) or a theme the directory has a category for
 * (data-inclusion-vocabulary.ts), and when they take place in the
 * territory or at a distance. Imported entries are drafts: no `verifiedOn`,
 * so their page says "à vérifier" until a person checks them.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentProblem } from '../../../core/content-errors.ts';
import { isForeignPhone, normalizePhone } from '../../../core/phone.ts';
import { slugify } from '../../../core/slug.ts';
import { readText } from '../../../core/text-file.ts';
import { hoursProblem, type Appointment, type Audience } from '../../directory/index.ts';
import type { ConvertContext } from './cli.ts';
import type { Conversion, ImportRecord } from './run.ts';
import { APPOINTMENT_MOBILISATION, CATEGORY_THEMATIQUES, MENTAL_HEALTH } from '../data-inclusion-vocabulary.ts';

type Row = Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

const CATEGORY_OF_THEMATIQUE = Object.fromEntries(Object.entries(CATEGORY_THEMATIQUES).map(([category, thematique]) => [thematique, category]));
const AUDIENCE_OF_PUBLIC: Record<string, Audience> = { 'tous-publics': 'tous-publics', jeunes: 'jeunes-adultes', etudiants: 'etudiants', seniors: 'personnes-agees', familles: 'familles', femmes: 'femmes' };
const APPOINTMENT_OF: Record<string, Appointment> = Object.fromEntries(
  Object.entries(APPOINTMENT_MOBILISATION)
    .filter(([appointment]) => appointment !== 'required')
    .map(([appointment, mode]) => [mode, appointment as Appointment]),
);
/** Directory category of a service about mental health and nothing the directory knows more precisely. */
const DEFAULT_CATEGORY = 'soins';

interface Files {
  structures: Row[];
  services: Row[];
}

function readJson(path: string, display: string, problems: ContentProblem[]): unknown {
  const read = readText(path, display);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  try {
    return JSON.parse(read.text);
  } catch (error) {
    problems.push({ file: display, field: '(syntax)', message: `expected JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function readFiles(path: string, display: string, problems: ContentProblem[]): Files | undefined {
  const folder = statSync(path).isDirectory() ? path : undefined;
  const servicesPath = folder ? join(folder, 'services.json') : path;
  const document = readJson(servicesPath, folder ? join(display, 'services.json') : display, problems);
  if (document === undefined) return undefined;
  if (!Array.isArray(document)) {
    const both = document as Row;
    if (Array.isArray(both['services'])) return { services: both['services'] as Row[], structures: Array.isArray(both['structures']) ? (both['structures'] as Row[]) : [] };
    problems.push({ file: display, field: '(file)', message: 'expected data·inclusion services: a JSON array of services, an object with "structures" and "services", or a folder with structures.json and services.json' });
    return undefined;
  }
  const structuresPath = join(folder ?? dirname(path), 'structures.json');
  const structures = existsSync(structuresPath) && structuresPath !== servicesPath ? readJson(structuresPath, join(dirname(display), 'structures.json'), problems) : [];
  return { services: document as Row[], structures: Array.isArray(structures) ? (structures as Row[]) : [] };
}

/** Converts data·inclusion structures and services into draft entries of the territory. */
export function convertDataInclusion(path: string, display: string, context: ConvertContext): Conversion {
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  const files = readFiles(path, display, problems);
  if (!files) return { records: [], problems, notices };
  const structures = new Map(files.structures.map((s) => [str(s['id']), s]));
  const communes = new Map(context.site.territory.communes.map((c) => [c.insee, c]));
  const records: ImportRecord[] = [];
  let otherThemes = 0;
  const outside: string[] = [];
  files.services.forEach((service, index) => {
    const row = index + 1;
    const where = { file: display, row };
    const id = str(service['id']);
    if (!id) {
      problems.push({ ...where, field: 'id', message: 'expected the service id ("<source>--<id>")' });
      return;
    }
    const thematiques = list(service['thematiques']);
    const categories = [...new Set(thematiques.map((t) => CATEGORY_OF_THEMATIQUE[t]).filter((c): c is string => c !== undefined))];
    if (thematiques.includes(MENTAL_HEALTH) && categories.length === 0) categories.push(DEFAULT_CATEGORY);
    if (categories.length === 0) {
      otherThemes += 1;
      return;
    }
    const structure = structures.get(str(service['structure_id'])) ?? {};
    const insee = str(service['code_insee']) ?? str(structure['code_insee']);
    const inPerson = list(service['modes_accueil']).includes('en-presentiel') || (list(service['modes_accueil']).length === 0 && insee !== undefined);
    const commune = insee ? communes.get(insee) : undefined;
    if (inPerson && !commune) {
      outside.push(`${id} (${insee ?? 'no commune'})`);
      return;
    }
    const lat = num(service['latitude']) ?? num(structure['latitude']);
    const lon = num(service['longitude']) ?? num(structure['longitude']);
    const data: Record<string, unknown> = {
      name: str(service['nom']) ?? id,
      organization: { name: str(structure['nom']) ?? str(service['nom']) ?? id, ...(str(structure['site_web'])?.startsWith('https://') ? { website: str(structure['site_web']) } : {}) },
      categories,
      description: str(service['description']) ?? str(structure['description']) ?? '',
    };
    const publics = list(service['publics']).map((p) => AUDIENCE_OF_PUBLIC[p]).filter((a): a is Audience => a !== undefined);
    data['audiences'] = publics.length > 0 ? [...new Set(publics)] : ['tous-publics'];
    const remote = list(service['modes_accueil']).includes('a-distance');
    data['delivery'] = [...(inPerson ? ['in-person'] : []), ...(remote || !inPerson ? ['remote'] : [])];
    const reported = new Set<string>();
    if (inPerson && commune) {
      const postcode = str(service['code_postal']) ?? str(structure['code_postal']);
      if (lat === undefined || lon === undefined) {
        problems.push({ ...where, field: 'latitude', message: `expected the latitude and longitude of ${id} (service or structure); add them in a spreadsheet import instead` });
        reported.add('location.coordinates');
      }
      data['location'] = {
        street: str(service['adresse']) ?? str(structure['adresse']) ?? '',
        ...(str(service['complement_adresse']) ? { complement: str(service['complement_adresse']) } : {}),
        postcode: postcode && commune.postcodes.includes(postcode) ? postcode : (commune.postcodes[0] ?? ''),
        commune: commune.name,
        insee: commune.insee,
        coordinates: { lat: lat ?? Number.NaN, lon: lon ?? Number.NaN },
      };
    }
    const phone = str(service['telephone']) ?? str(structure['telephone']);
    const number = phone ? normalizePhone(phone) : undefined;
    if (phone && !number) notices.push({ ...where, field: 'telephone', message: `"${phone}" is not a valid phone number; left out` });
    if (number && isForeignPhone(number)) notices.push({ ...where, field: 'telephone', message: `"${phone}" is a number outside France; check it` });
    if (number) data['phones'] = [{ number }];
    if (str(service['courriel'])) data['email'] = str(service['courriel']);
    const hours = str(service['horaires_accueil']) ?? str(structure['horaires_accueil']);
    if (hours && !hoursProblem(hours)) data['hours'] = hours;
    else if (hours) data['hoursNote'] = hours;
    const modes = list(service['modes_mobilisation']);
    data['appointment'] = modes.map((m) => APPOINTMENT_OF[m]).find((a) => a !== undefined) ?? 'required';
    data['referral'] = list(service['mobilisable_par']).length === 1 && list(service['mobilisable_par'])[0] === 'professionnels';
    const frais = str(service['frais']);
    data['cost'] = frais === 'gratuit' ? 'free' : 'fee';
    const precision = str(service['frais_precisions']) ?? (frais === undefined ? 'Frais non précisés par la source : à vérifier.' : undefined);
    if (precision) data['costNote'] = precision;
    data['status'] = 'active';
    const link = str(service['lien_source']);
    data['source'] = {
      ...(link?.startsWith('https://') ? { url: link } : {}),
      note: `data·inclusion, service ${id} (source ${str(service['source']) ?? '?'}, mis à jour le ${str(service['date_maj']) ?? '?'}) ; à vérifier`,
    };
    records.push({ file: display, row, sourceId: id, id: slugify(`${String(data['name'])} ${id.split('--').at(-1) ?? ''}`).slice(0, 90), data, reported, labels: { name: 'nom', description: 'description', 'location.coordinates': 'latitude/longitude', phones: 'telephone' } });
  });
  if (outside.length > 0) notices.push({ file: display, field: '(territory)', message: `${outside.length} services outside the territory were skipped: ${outside.slice(0, 10).join(', ')}${outside.length > 10 ? ', …' : ''}` });
  notices.push({ file: display, field: '(file)', message: `${records.length} services kept as drafts to be checked; ${otherThemes} on other themes left out` });
  return { records, problems, notices };
}
