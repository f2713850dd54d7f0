/**
 * The HSDS importer on every official Open Referral example. The examples
 * describe a fictional "MyCity" (latitude 100, UK phone and postcode, http
 * addresses): no site.yaml can hold them (latitudes stop at 90), so each
 * example must be refused with precise problems and nothing written. A
 * copy of service_full.json moved into the demo territory shows that the
 * rest of the mapping imports.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readYaml } from '../../../core/yaml.ts';
import { formatProblem } from '../../../core/content-errors.ts';
import { importFile } from './cli.ts';
import { convertHsds } from './hsds.ts';

const EXAMPLES = 'vendor/hsds/examples';
const TODAY = '2026-11-22';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clsm-hsds-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (file: string) => importFile('hsds', convertHsds, file, { dir: join(dir, 'resources'), today: TODAY });

/** Problems every full MyCity service raises, field by field. */
const MYCITY = [
  '(categories',
  'postal_code (location.postcode): expected a 5-digit postcode such as "69100"',
  'external_identifier (location.insee): expected a 5-character INSEE commune code',
  'latitude/longitude (location.coordinates.lat): expected a latitude in decimal degrees',
  'url (website): expected an absolute https:// address',
  'city (location.commune): expected one of the territory\'s communes in site.yaml (Villeurbanne, Vaulx-en-Velin, Bron, Décines-Charpieu); "MyCity" is not one',
];

describe('official HSDS examples', () => {
  it.each(['service_full.json', 'service_at_location_full.json', 'organization_full.json', 'tabular.json', 'csv'])(
    '%s: the MyCity service is refused field by field, nothing written',
    (example) => {
      const result = run(`${EXAMPLES}/${example}`);
      const lines = result.problems.map(formatProblem);
      const file = example === 'csv' ? `${EXAMPLES}/csv/services.csv` : `${EXAMPLES}/${example}`;
      for (const part of MYCITY) expect(lines.some((l) => l.startsWith(`${file}:1: `) && l.includes(part)), `${part}\n${lines.join('\n')}`).toBe(true);
      expect(lines).toHaveLength(MYCITY.length);
      expect(result.notices.map((n) => n.field)).toEqual(expect.arrayContaining(['schedules.0', 'service_areas.0', 'accessibility']));
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it.each(['service_list.json', 'service_at_location_list.json'])('%s: the summary service lacks what the directory needs, each named', (example) => {
    const lines = run(`${EXAMPLES}/${example}`).problems.map(formatProblem);
    expect(lines).toEqual(expect.arrayContaining([expect.stringContaining(':1: cost_options: expected a cost option'), expect.stringContaining(':1: url (website): expected an absolute https:// address')]));
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['base.json', 'the API base description'],
    ['location.json', 'a location'],
    ['organization_list.json', 'a list of organization without servicess'],
    ['taxonomy.json', 'a taxonomy'],
    ['taxonomy_list.json', 'a list of taxonomys'],
    ['taxonomy_term.json', 'a taxonomy term'],
    ['taxonomy_term_list.json', 'a list of taxonomy terms'],
  ])('%s holds no service and says what it is', (example, kind) => {
    expect(run(`${EXAMPLES}/${example}`).problems.map(formatProblem)).toEqual([
      `${EXAMPLES}/${example}: (root): expected HSDS services (a service, a list or page of services, a service_at_location, an organization with services, or tabular data); this document is ${kind} and holds no service`,
    ]);
  });

  it('imports service_full.json once moved into the territory, mapping the standard fields', () => {
    const service = JSON.parse(readFileSync(`${EXAMPLES}/service_full.json`, 'utf8'));
    const location = service.service_at_locations[0].location;
    Object.assign(location, { latitude: 45.7702, longitude: 4.8803 });
    Object.assign(location.addresses[0], { address_1: '45 cours Émile-Zola', city: 'Villeurbanne', postal_code: '69100', country: 'FR' });
    service.url = 'https://example.com/counselling';
    service.attributes[0].taxonomy_term.code = 'psychologue';
    const file = join(dir, 'moved.json');
    writeFileSync(file, JSON.stringify(service));
    const result = run(file);
    expect(result.problems).toEqual([]);
    const [written] = result.files;
    const entry = readYaml(readFileSync(written?.path ?? '', 'utf8')) as any;
    expect(entry).toMatchObject({
      name: 'Community Counselling',
      organization: { name: 'Example Organization Inc.' },
      categories: ['psychologue'],
      ages: { min: 12, max: 100 },
      location: { street: '45 cours Émile-Zola', commune: 'Villeurbanne', insee: '69266', coordinates: { lat: 45.7702, lon: 4.8803 }, access: expect.stringContaining('number 1 Bus') },
      phones: [{ number: '+441234234567', label: expect.stringContaining('main reception') }],
      appointment: 'required',
      referral: true,
      cost: 'fee',
      languages: ['ur'],
      status: 'active',
      verifiedOn: '2005-01-01',
      imported: { source: 'hsds', sourceId: 'ac148810-d857-441c-9679-408f346de14b' },
    });
    expect(entry.hoursNote).toContain('available from 10 am to 6pm');
  });
});
