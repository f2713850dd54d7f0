/**
 * The HSDS 3.0 importer: reads services from any document of the standard
 * (a service, a list or page of services, a service_at_location, an
 * organization with its services, the tabular JSON, or a CSV data package
 * folder) and maps each onto a directory entry, standard fields first and
 * the kit's `x_clsm_*` extensions when present (so the kit's own export
 * comes back without loss). What has no place in the directory is named in
 * a notice; what the directory requires and the source lacks is a problem.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { restoreCell } from '../csv-safe.ts';
import type { ContentProblem } from '../../../core/content-errors.ts';
import type { HsdsObject } from '../hsds.ts';
import { tablesToServices, TABULAR_FILES, type Tables } from '../hsds-tabular.ts';
import { parseTime, weekFromRules, weekToOsm, type WeeklyRule, ICAL_DAYS } from '../hours-schedule.ts';
import { hoursProblem } from '../../directory/index.ts';
import { accessFromText, appointmentFromText, areaFromText, AUDIENCE_TAXONOMY, audienceFromText, CATEGORY_TAXONOMY, costFromText, REFERRAL_TEXT, sameWords } from '../hsds-vocabulary.ts';
import { slugify } from '../../../core/slug.ts';
import type { ConvertContext } from './cli.ts';
import { cleanPhone, cleanPostcode, findCommune } from './normalize.ts';
import type { Conversion, ImportRecord } from './run.ts';

const LABELS: Record<string, string> = {
  name: 'name', description: 'description', organization: 'organization', categories: 'attributes.taxonomy_term', audiences: 'attributes.taxonomy_term',
  location: 'service_at_locations.location', 'location.street': 'address_1', 'location.postcode': 'postal_code', 'location.commune': 'city',
  'location.insee': 'external_identifier', 'location.coordinates': 'latitude/longitude', phones: 'phones.number', website: 'url', email: 'email',
  hours: 'schedules', appointment: 'application_process', cost: 'cost_options', verifiedOn: 'assured_date', languages: 'languages',
};

const arr = (value: unknown): HsdsObject[] => (Array.isArray(value) ? (value as HsdsObject[]).filter((v) => v !== null && typeof v === 'object') : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : undefined);

/** A service_at_location with its service inside becomes a service with that place. */
function fromServiceAtLocation(sal: HsdsObject): HsdsObject {
  const service = sal['service'] as HsdsObject;
  const { service: _service, ...place } = sal;
  return arr(service['service_at_locations']).length > 0 ? service : { ...service, service_at_locations: [place] };
}

function isService(o: HsdsObject): boolean {
  return typeof o['name'] === 'string' && ('status' in o || 'organization' in o || 'service_at_locations' in o) && !('location_type' in o) && !('services' in o);
}

/** The services a JSON document holds, or what it is instead. */
export function servicesOf(document: unknown): { services: HsdsObject[]; kind?: string } {
  if (Array.isArray(document)) return { services: document.flatMap((d) => servicesOf(d).services) };
  if (document === null || typeof document !== 'object') return { services: [], kind: 'not an object' };
  const o = document as HsdsObject;
  if (Array.isArray(o['contents'])) {
    const inner = (o['contents'] as unknown[]).map((d) => servicesOf(d));
    const services = inner.flatMap((r) => r.services);
    return services.length > 0 ? { services } : { services, kind: `a list of ${inner[0]?.kind?.replace(/^an? /, '') ?? 'nothing'}s` };
  }
  if (Object.keys(o).some((k) => k.endsWith('.csv'))) return { services: tablesToServices(o as Tables) };
  if (o['service'] && o['location'] !== undefined) return { services: [fromServiceAtLocation(o)] };
  if (Array.isArray(o['services']) || ('legal_status' in o || 'tax_status' in o || 'year_incorporated' in o)) {
    if (!Array.isArray(o['services'])) return { services: [], kind: 'an organization without services' };
    const { services, ...organization } = o;
    return { services: arr(services).map((s) => ({ organization, ...s })) };
  }
  if (isService(o)) return { services: [o] };
  const kind = 'location_type' in o ? 'a location' : 'taxonomy' in o || 'term_uri' in o ? 'a taxonomy term' : 'version' in o && 'openapi_url' in o ? 'the API base description' : 'uri' in o && 'version' in o ? 'a taxonomy' : 'not a service';
  return { services: [], kind };
}

/** Rows of a CSV data package folder, by table file. */
function readPackage(folder: string, display: string, notices: ContentProblem[]): Tables {
  let paths: string[] = TABULAR_FILES;
  const descriptor = join(folder, 'datapackage.json');
  if (existsSync(descriptor)) {
    try {
      const json = JSON.parse(readFileSync(descriptor, 'utf8')) as { resources?: { path?: string }[] };
      paths = (json.resources ?? []).map((r) => r.path).filter((p): p is string => typeof p === 'string');
    } catch {
      notices.push({ file: `${display}/datapackage.json`, field: '(file)', message: 'not a JSON data package descriptor; reading the tables by their standard names' });
    }
  }
  const tables: Tables = {};
  for (const path of paths) {
    const file = join(folder, path);
    if (!existsSync(file)) continue;
    // Cells our export neutralised ("'=…", csv-safe.ts) come back as they were.
    tables[path] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, cast: (value) => restoreCell(value) }) as Record<string, string>[];
  }
  return tables;
}

function hoursFrom(service: HsdsObject, notices: ContentProblem[], where: Pick<ContentProblem, 'file' | 'row'>): { hours?: string; hoursNote?: string } {
  const schedules = arr(service['schedules']);
  if (schedules.length === 0) return {};
  const note = str(schedules[0]?.['notes']);
  const described = schedules.map((s) => str(s['description'])).find((d) => d !== undefined);
  if (described && hoursProblem(described) === undefined) return { hours: described, ...(note ? { hoursNote: note } : {}) };
  const rules: WeeklyRule[] = [];
  schedules.forEach((s, index) => {
    const opens = parseTime(str(s['opens_at']) ?? '');
    const closes = parseTime(str(s['closes_at']) ?? '');
    if (opens === undefined || closes === undefined) return;
    const restricted = ['byweekno', 'bymonthday', 'byyearday', 'until', 'count', 'valid_from', 'valid_to'].filter((k) => s[k] !== undefined && s[k] !== '');
    const freq = str(s['freq']);
    if (restricted.length > 0 || (freq !== undefined && freq !== 'WEEKLY') || (num(s['interval']) ?? 1) !== 1) {
      notices.push({ ...where, field: `schedules.${index}`, message: `not imported as opening hours: ${[...restricted, ...(freq && freq !== 'WEEKLY' ? [`freq ${freq}`] : [])].join(', ')} cannot be written as weekly hours; its text is kept in hoursNote` });
      return;
    }
    const days = (str(s['byday']) ?? ICAL_DAYS.join(',')).split(',').map((d) => ICAL_DAYS.indexOf(d.trim().toUpperCase() as (typeof ICAL_DAYS)[number])).filter((d) => d >= 0);
    rules.push({ days, opens, closes });
  });
  const hours = rules.length > 0 ? weekToOsm(weekFromRules(rules)) : undefined;
  const text = [described, note].filter((t): t is string => t !== undefined).join(' ');
  return { ...(hours ? { hours } : {}), ...(text ? { hoursNote: text } : {}) };
}

function appointmentOf(text: string): 'walk-in' | 'required' | 'by-phone' | undefined {
  const exact = appointmentFromText(text);
  if (exact) return exact;
  const t = text.toLowerCase();
  if (/sans rendez-vous|walk-?in|drop-?in/.test(t)) return 'walk-in';
  if (/rendez-vous|appointment/.test(t)) return 'required';
  if (/t[ée]l[ée]phon|phone|call|ring/.test(t)) return 'by-phone';
  return undefined;
}

/** One HSDS service as an entry record, with the problems and notices it raises. */
export function recordFromService(service: HsdsObject, file: string, row: number, context: ConvertContext, problems: ContentProblem[], notices: ContentProblem[]): ImportRecord | undefined {
  const where = { file, row };
  const sourceId = str(service['id']);
  if (!sourceId) {
    problems.push({ ...where, field: 'id', message: 'expected the HSDS service id' });
    return undefined;
  }
  const name = str(service['name']) ?? '';
  const organization = (service['organization'] ?? {}) as HsdsObject;
  const attributes = arr(service['attributes']).map((a) => (a['taxonomy_term'] ?? {}) as HsdsObject);
  const terms = context.taxonomy.terms;
  const categories = attributes
    .filter((t) => t['taxonomy'] !== AUDIENCE_TAXONOMY)
    // Unknown codes are kept so that the cross-check names them.
    .map((t) => (t['taxonomy'] === CATEGORY_TAXONOMY ? str(t['code']) : (terms.find((term) => sameWords(term.id, str(t['code']) ?? '') || sameWords(term.name, str(t['name']) ?? ''))?.id ?? str(t['code']) ?? str(t['name']))))
    .filter((c): c is string => c !== undefined);
  const reported = new Set<string>();
  let audiences = attributes.filter((t) => t['taxonomy'] === AUDIENCE_TAXONOMY).map((t) => str(t['code']) ?? '');
  if (audiences.length === 0) {
    audiences = attributes.map((t) => audienceFromText(str(t['name']) ?? '')).filter((a): a is NonNullable<typeof a> => a !== undefined);
    if (audiences.length === 0) {
      audiences = ['tous-publics'];
      notices.push({ ...where, field: 'eligibility_description', message: 'no audience the directory knows: "tous-publics" was used; check it' });
    }
  }
  const data: Record<string, unknown> = { name, organization: { name: str(organization['name']) ?? '', ...(str(organization['website'])?.startsWith('https://') ? { website: str(organization['website']) } : {}) }, categories };
  data['description'] = str(service['description']) ?? '';
  data['audiences'] = audiences;
  const min = num(service['minimum_age']);
  const max = num(service['maximum_age']);
  if (min !== undefined || max !== undefined) data['ages'] = { ...(min !== undefined ? { min: Math.round(min) } : {}), ...(max !== undefined ? { max: Math.round(max) } : {}) };

  const places = arr(service['service_at_locations']).map((s) => (s['location'] ?? {}) as HsdsObject);
  const delivery: string[] = [];
  let location: Record<string, unknown> | undefined;
  const access: HsdsObject[] = [];
  for (const place of places) {
    access.push(...arr(place['accessibility']));
    if (place['location_type'] === 'virtual') {
      if (!delivery.includes('remote')) delivery.push('remote');
      continue;
    }
    const address = arr(place['addresses']).find((a) => a['address_type'] !== 'postal') ?? arr(place['addresses'])[0];
    if (location) {
      notices.push({ ...where, field: 'service_at_locations', message: `only the first place is imported; "${str(place['name']) ?? str(place['id'])}" was left out` });
      continue;
    }
    const city = str(address?.['city']) ?? '';
    const commune = findCommune(context.site, city);
    const insee = place['external_identifier_type'] === 'insee' ? str(place['external_identifier']) : commune?.insee;
    location = {
      street: str(address?.['address_1']) ?? '',
      ...(str(address?.['address_2']) ? { complement: str(address?.['address_2']) } : {}),
      postcode: cleanPostcode(str(address?.['postal_code']) ?? ''),
      commune: commune?.name ?? city,
      insee: insee ?? '',
      coordinates: { lat: num(place['latitude']) ?? Number.NaN, lon: num(place['longitude']) ?? Number.NaN },
      ...(str(place['transportation']) ? { access: str(place['transportation']) } : {}),
    };
    delivery.push('in-person');
  }
  if (delivery.length === 0) delivery.push('remote');
  data['delivery'] = delivery;
  if (location) data['location'] = location;

  const area = arr(service['service_areas'])[0];
  if (area) {
    const scope = areaFromText(str(area['name']) ?? '');
    if (scope) {
      data['area'] = { scope, ...(area['extent_type'] === 'insee' && str(area['extent']) ? { communes: (str(area['extent']) ?? '').split(',') } : {}), ...(str(area['description']) ? { description: str(area['description']) } : {}) };
    } else {
      notices.push({ ...where, field: 'service_areas.0', message: `area "${str(area['name']) ?? ''}" is not one the directory knows (national, department, territory, communes); not imported` });
    }
  }
  const phones = arr(service['phones']).map((p) => ({
    number: cleanPhone((str(p['number']) ?? '').replace(/^"+|"+$/g, '')),
    ...(p['type'] === 'text' || p['type'] === 'sms' ? { kind: 'text' } : {}),
    ...(str(p['description']) ? { label: str(p['description']) } : {}),
    ...(typeof p['x_clsm_call_cost'] === 'string' ? { callCost: p['x_clsm_call_cost'] } : {}),
  }));
  if (phones.length > 0) data['phones'] = phones;
  if (str(service['email'])) data['email'] = str(service['email']);
  if (str(service['url'])) data['website'] = str(service['url']);
  Object.assign(data, hoursFrom(service, notices, where));
  const process = str(service['application_process']) ?? '';
  const appointment = appointmentOf(process);
  if (!appointment) reported.add('appointment');
  if (!appointment) problems.push({ ...where, field: 'application_process', message: `expected how to get in: "Sans rendez-vous", "Sur rendez-vous" or "Prendre contact par téléphone"; got "${process}"` });
  data['appointment'] = appointment;
  data['referral'] = process.includes(REFERRAL_TEXT) || /orientation|referral|prescription/i.test(process);
  const option = arr(service['cost_options'])[0];
  const cost = costFromText(str(option?.['option']) ?? '') ?? (num(option?.['amount']) === 0 ? 'free' : (num(option?.['amount']) ?? 0) > 0 ? 'fee' : undefined);
  if (!cost) reported.add('cost');
  if (!cost) problems.push({ ...where, field: 'cost_options', message: 'expected a cost option: "Gratuit", "Remboursé par l’Assurance maladie", "Payant", or an amount' });
  data['cost'] = cost;
  if (str(service['fees_description'])) data['costNote'] = str(service['fees_description']);
  const languages = arr(service['languages']).map((l) => str(l['code'])?.toLowerCase()).filter((c): c is string => c !== undefined);
  data['languages'] = languages.length > 0 ? languages : ['fr'];
  const features = access.map((a) => accessFromText(str(a['details']) ?? '') ?? accessFromText(str(a['description']) ?? ''));
  access.forEach((a, i) => {
    if (!features[i]) notices.push({ ...where, field: 'accessibility', message: `"${str(a['description']) ?? ''}" is not an arrangement the directory lists; not imported` });
  });
  data['accessibility'] = features.filter((f) => f !== undefined);
  const status = str(service['status']);
  data['status'] = status === 'temporarily closed' ? 'temporarily-closed' : status === 'inactive' || status === 'defunct' ? 'closed' : 'active';
  if (str(service['alert'])) data['alert'] = str(service['alert']);
  const assured = str(service['assured_date']);
  if (assured && /^\d{4}-\d{2}-\d{2}$/.test(assured)) data['verifiedOn'] = assured;
  else {
    data['verifiedOn'] = context.today;
    notices.push({ ...where, field: 'assured_date', message: `no verification date: the import date ${context.today} was used` });
  }
  const source = service['x_clsm_source'] as HsdsObject | undefined;
  data['source'] = source && (str(source['url']) || str(source['note'])) ? { ...(str(source['url']) ? { url: str(source['url']) } : {}), ...(str(source['note']) ? { note: str(source['note']) } : {}) } : { note: `Import HSDS : ${basename(file)} (${sourceId})` };
  if (typeof service['x_clsm_example'] === 'boolean') data['example'] = service['x_clsm_example'];
  const id = str(service['x_clsm_id']) ?? (slugify(name).slice(0, 80).replace(/-+$/, '') || slugify(sourceId));
  return { file, row, sourceId, id, data, labels: LABELS, reported };
}

/** Converts an HSDS JSON document or CSV data package folder into entry records. */
export function convertHsds(path: string, display: string, context: ConvertContext): Conversion {
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  let services: HsdsObject[];
  let file = display;
  if (existsSync(path) && statSync(path).isDirectory()) {
    services = tablesToServices(readPackage(path, display, notices));
    file = `${display}/services.csv`;
  } else {
    let document: unknown;
    try {
      document = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      return { records: [], problems: [{ file: display, field: '(syntax)', message: `expected a JSON document: ${(error as Error).message}` }], notices };
    }
    const found = servicesOf(document);
    services = found.services;
    if (services.length === 0) {
      problems.push({ file: display, field: '(root)', message: `expected HSDS services (a service, a list or page of services, a service_at_location, an organization with services, or tabular data); this document is ${found.kind ?? 'empty'} and holds no service` });
    }
  }
  const records = services.flatMap((service, index) => recordFromService(service, file, index + 1, context, problems, notices) ?? []);
  return { records, problems, notices };
}
