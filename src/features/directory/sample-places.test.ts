import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPath } from '../../core/content-dir.ts';
import { readYaml } from '../../core/yaml.ts';

/**
 * CONTENT.md: never place a fictional service at a real organisation's
 * address. Three sample services sat at 95 boulevard Pinel, Bron, the
 * address of a real psychiatric hospital; a sample entry now gives a real
 * street without a house number, which points at no one's door.
 */
describe('sample directory entries', () => {
  const dir = contentPath('resources');
  const samples = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ name, data: readYaml(readFileSync(join(dir, name), 'utf8')) as { example?: boolean; location?: { street?: string; access?: string } } }))
    .filter(({ data }) => data.example === true && data.location);

  it('give a street without a house number, so that they point at no real organisation', () => {
    expect(samples.length).toBeGreaterThan(10);
    const numbered = samples.filter(({ data }) => /^\d/.test(data.location?.street ?? '')).map(({ name, data }) => `${name}: ${data.location?.street}`);
    expect(numbered).toEqual([]);
  });

  it('are not on the street of a real hospital, nor sent to its stop', () => {
    const atHospital = samples.filter(({ data }) => /boulevard Pinel|Vinatier/i.test(`${data.location?.street} ${data.location?.access ?? ''}`)).map(({ name }) => name);
    expect(atHospital).toEqual([]);
  });
});
