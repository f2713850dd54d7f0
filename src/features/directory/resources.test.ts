/**
 * The directory loader: a mistake in any entry fails with the file, the
 * field and the expected form; good entries load with their derived data.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDirectory } from './resources.ts';
import { ContentError } from '../../core/content-errors.ts';

const fixtures = join(process.cwd(), 'tests/fixtures/directory');
const load = (name: string, extra: Parameters<typeof loadDirectory>[0] = {}) => loadDirectory({ dir: join(fixtures, name), today: '2026-11-22', log: null, ...extra });

function problems(name: string) {
  try {
    load(name);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error(`expected ${name} to fail`);
}

describe('loading the directory', () => {
  it('loads valid entries with their id, commune and weekly hours', () => {
    const directory = load('valid');
    expect(directory.listed.map((r) => r.id).sort()).toEqual(['gem-test', 'ligne-test']);
    const gem = directory.listed.find((r) => r.id === 'gem-test');
    expect(gem?.communeSlug).toBe('vaulx-en-velin');
    expect(gem?.phones[0]?.number).toBe('+33199004010');
    expect(gem?.compiledHours?.week[5]).toEqual([[840, 1080]]);
    expect(gem?.compiledHours?.exact).toBe(true);
  });

  it('flags entries verified more than 12 months ago', () => {
    const directory = load('valid');
    expect(directory.listed.find((r) => r.id === 'ligne-test')?.stale).toBe(true);
    expect(directory.listed.find((r) => r.id === 'gem-test')?.stale).toBe(false);
  });

  it('fails on stale entries when freshness is strict', () => {
    expect(() => load('valid', { strictFreshness: true })).toThrow(/ligne-test\.yaml: verifiedOn: expected a check within the last 12 months/);
  });

  it('prints one summary line with the number of stale entries', () => {
    const lines: string[] = [];
    load('valid', { log: (line) => lines.push(line) });
    expect(lines).toEqual([expect.stringMatching(/2 entries listed .* 1 to be checked: never verified or verified more than 12 months ago/)]);
  });

  it('rejects bad opening hours, naming file, field and syntax', () => {
    const [problem] = problems('bad-hours');
    expect(problem?.file).toMatch(/bad-hours\/gem-test\.yaml$/);
    expect(problem?.field).toBe('hours');
    expect(problem?.message).toMatch(/not valid opening hours.*expected OpenStreetMap opening_hours syntax/);
  });

  it('rejects a category missing from the taxonomy', () => {
    const [problem] = problems('bad-category');
    expect(problem?.field).toBe('categories.1');
    expect(problem?.message).toMatch(/expected a category id from content\/taxonomy\.yaml .*"bien-etre" is not one/);
  });

  it('rejects a phone number that is not valid', () => {
    const [problem] = problems('bad-phone');
    expect(problem?.field).toBe('phones.0.number');
    expect(problem?.message).toMatch(/is not a valid phone number: expected a French phone number/);
  });

  it('rejects coordinates outside the map bounds of site.yaml', () => {
    const [problem] = problems('out-of-bounds');
    expect(problem?.field).toBe('location.coordinates');
    expect(problem?.message).toMatch(/expected a point inside the territory's map\.bounds/);
  });

  it('rejects a commune outside the territory', () => {
    const [problem] = problems('unknown-commune');
    expect(problem?.field).toBe('location.commune');
    expect(problem?.message).toMatch(/expected one of the territory's communes in site\.yaml \(Villeurbanne, Vaulx-en-Velin, Bron, Décines-Charpieu\); "Lyon" is not one/);
  });

  it('rejects two files with the same id in different folders', () => {
    const [problem] = problems('duplicate-id');
    expect(problem?.field).toBe('id');
    expect(problem?.file).toMatch(/villeurbanne\/gem-test\.yaml$/);
    expect(problem?.message).toMatch(/expected each entry id \(file name\) once .* also .*bron\/gem-test\.yaml/);
  });

  it('loads the sample directory of the demo territory', () => {
    const directory = loadDirectory({ today: '2026-11-22', log: null });
    expect(directory.listed.length).toBeGreaterThanOrEqual(40);
    const used = new Set(directory.listed.flatMap((r) => r.categories));
    for (const term of directory.taxonomy.terms.filter((t) => t.parent === undefined)) {
      const ids = [term.id, ...directory.taxonomy.terms.filter((t) => t.parent === term.id).map((t) => t.id)];
      expect(ids.some((id) => used.has(id)), `category ${term.id} has entries`).toBe(true);
    }
    expect(directory.all.some((r) => r.status === 'closed')).toBe(true);
    expect(directory.listed.some((r) => r.status === 'closed')).toBe(false);
    expect(directory.listed.some((r) => r.status === 'temporarily-closed')).toBe(true);
    for (const entry of directory.listed.filter((r) => r.example)) {
      expect(entry.name).toMatch(/\(exemple\)/);
      for (const phone of entry.phones) expect(phone.number, `${entry.id} uses a fiction number`).toMatch(/^\+3319900\d{4}$/);
    }
  });
});
